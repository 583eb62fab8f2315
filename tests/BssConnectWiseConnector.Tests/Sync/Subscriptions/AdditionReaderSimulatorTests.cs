using Bss.IntegrationFramework;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Sync.Subscriptions;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using static BssConnectWiseConnector.Tests.Sync.Subscriptions.SubscriptionWorld;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

/// <summary>AdditionReader against the simulator's bundles: per-request statuses, and a bundle refused as a whole.</summary>
[TestClass]
public sealed class AdditionReaderSimulatorTests
{
    private static AdditionReader Reader(SimulatorConnection connection)
    {
        var context = TestModuleContext.Create(new InMemoryLinkStore(), settings: connection.Transport.Settings, client: connection.Client);
        return new AdditionReader(context.Client, context.LoggerFactory);
    }

    [TestMethod]
    public async Task ReadAsync_InnerRequestForMissingAgreementGets404In200Bundle_ReadsOnlyThatAgreementPlainly()
    {
        await using var w = await StartAsync("A1", "A2");
        var first = w.AddAgreement("A1");
        var second = w.AddAgreement("A2");
        w.AddAddition(first, product: 1);
        w.AddAddition(first, product: 2);
        w.AddAddition(second, product: 1);
        const int missing = 999;
        using var connection = SimulatorConnection.Open(w.H.Simulator);
        w.H.Simulator.Requests.Clear();

        var additions = await Reader(connection).ReadAsync([first, second, missing], CancellationToken.None);

        Assert.HasCount(2, additions[first]);
        Assert.HasCount(1, additions[second]);
        Assert.IsEmpty(additions[missing], "a deleted agreement has no additions; the read goes on");
        var bundles = w.H.Simulator.Requests.Snapshot().Where(r => r.Path.EndsWith("system/bundles", StringComparison.Ordinal)).ToArray();
        Assert.HasCount(1, bundles);
        Assert.AreEqual(200, bundles[0].Status, "the bundle answers 200; the missing agreement's request has its own 404");
        Assert.AreEqual(0, w.H.Simulator.Requests.CountOf("GET", $"finance/agreements/{first}/additions"));
        Assert.AreEqual(0, w.H.Simulator.Requests.CountOf("GET", $"finance/agreements/{second}/additions"));
        Assert.AreEqual(1, w.H.Simulator.Requests.CountOf("GET", $"finance/agreements/{missing}/additions"), "only the failed part is read again");
    }

    [TestMethod]
    public async Task ReadAsync_StrictProfileRefusesTheAdditionBundle_ReadsEachAgreementPlainlyAndGoesOn()
    {
        await using var w = await StartAsync("A1", "A2", "A3");
        w.H.Simulator.Options.Profile = SimulatorProfile.Strict;
        int[] agreements = [w.AddAgreement("A1"), w.AddAgreement("A2"), w.AddAgreement("A3")];
        w.AddAddition(agreements[1], product: 2);
        using var connection = SimulatorConnection.Open(w.H.Simulator);
        w.H.Simulator.Requests.Clear();

        var additions = await Reader(connection).ReadAsync(agreements, CancellationToken.None);

        Assert.IsEmpty(additions[agreements[0]]);
        Assert.HasCount(1, additions[agreements[1]]);
        Assert.IsEmpty(additions[agreements[2]]);
        var bundle = w.H.Simulator.Requests.Snapshot().Single(r => r.Path.EndsWith("system/bundles", StringComparison.Ordinal));
        Assert.AreEqual(400, bundle.Status);
        Assert.AreEqual(3, w.H.Simulator.Requests.Snapshot().Count(r => r.Method == "GET" && r.Path.EndsWith("/additions", StringComparison.Ordinal)), "exactly one plain read per agreement of the refused bundle");
    }

    [TestMethod]
    public async Task Push_StrictProfileRefusesTheAdditionBundle_EverySubscriptionStillCreatedOnce()
    {
        await using var w = await StartAsync("A1", "A2", "A3");
        w.H.Simulator.Options.Profile = SimulatorProfile.Strict;
        _ = new[] { w.AddAgreement("A1"), w.AddAgreement("A2"), w.AddAgreement("A3") };

        var results = await w.PushAsync(Sub("S1"), Sub("S2", "A2"), Sub("S3", "A3"));

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("\n", results.Select(r => r.Reason)));
        Assert.HasCount(3, w.H.Simulator.Store.All(Additions));
        Assert.AreEqual(3, w.H.Simulator.Requests.CountOf("GET", "/additions"), "the refused bundle costs one plain read per agreement");
        Assert.AreEqual(11, w.H.Simulator.Requests.Count, "codebase discovery, 1 agreement lookup, 2 invoicing reads (agreementrecap by id finds none in the strict profile, then by name), 1 refused bundle, 3 plain reads, 3 POSTs");
    }
}
