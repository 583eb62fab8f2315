using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Tests.Http;

/// <summary>The version a site reports, the version the connector sends, and that version's field limits.</summary>
[TestClass]
public sealed class ApiVersionNegotiationSimulatorTests
{
    private static Account Account(string id, string code) => new()
    {
        Id = id,
        Code = code,
        Name = "Versioned " + id,
        BillingAddress = new Address { Line1 = "1 Main St", City = "Leeds" },
    };

    [TestMethod]
    public async Task Push_OlderSiteAndA40CharacterCode_ThatAccountFailsAloneAsDataNamingThe30CharacterLimit()
    {
        await using var h = await SimulatorHarness.StartAsync(new SimulatorOptions { ServerVersion = "2025.1" }, SimulatorHarness.Unthrottled);
        var longCode = new string('L', 40);

        var results = await h.PushAsync(BssModules.Accounts, Account("A1", longCode), Account("A2", "SHORT-CODE"));

        Assert.AreEqual(PushOutcome.Failed, results[0].Outcome);
        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        Assert.Contains("ConnectWise allows 30", results[0].Reason!);
        Assert.AreEqual(PushOutcome.Created, results[1].Outcome, results[1].Reason);
        Assert.IsFalse(h.Simulator.Store.All("company/companies").Any(c => (string?)c["identifier"] == longCode), "nothing sent for the refused account");
        Assert.IsFalse(h.Simulator.Requests.Snapshot().Any(r => r.Status == 400), "every request asked for 2025.1, which the site serves");
        Assert.AreEqual(0, h.Simulator.Requests.CountOf("GET", "system/info"), "the version came with companyinfo, at no extra request");
    }

    [TestMethod]
    public async Task Push_CurrentSiteAndA40CharacterCode_IsCreated()
    {
        await using var h = await SimulatorHarness.StartAsync(new SimulatorOptions { ServerVersion = "2026.4" }, SimulatorHarness.Unthrottled);

        var results = await h.PushAsync(BssModules.Accounts, Account("A1", new string('L', 40)));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
    }

    [TestMethod]
    public async Task List_ConfiguredCodebaseOnAnOlderSite_ReadsSystemInfoOnceThenSendsTheSitesVersion()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { ServerVersion = "2025.1" });
        using var connection = SimulatorConnection.Open(simulator, simulator.ApiBaseUrl.ToString());

        var first = await connection.Client.Companies.CountAsync();
        var second = await connection.Client.Companies.CountAsync();

        Assert.AreEqual(first, second);
        Assert.AreEqual(new ApiVersion(2025, 1), await connection.Client.GetApiVersionAsync());
        Assert.AreEqual(1, simulator.Requests.CountOf("GET", "system/info"), "once per instance");
        Assert.AreEqual(0, simulator.Requests.CountOf("GET", "login/companyinfo/" + simulator.Options.CompanyId));
        Assert.IsFalse(simulator.Requests.Snapshot().Any(r => r.Status == 400));
    }

    [TestMethod]
    public async Task SendBundle_OlderSite_EachRequestIsWrittenForTheSitesVersion()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { ServerVersion = "2025.1" });
        using var connection = SimulatorConnection.Open(simulator);

        var results = await connection.Client.SendBundleAsync([new BundleRequest { SequenceNumber = 1, ResourceType = "company" }]);

        Assert.AreEqual("2025.1", (string?)results.Single().Version);
    }
}
