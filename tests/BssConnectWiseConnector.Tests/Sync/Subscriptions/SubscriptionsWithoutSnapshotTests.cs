using Bss.IntegrationFramework;
using static BssConnectWiseConnector.Tests.Sync.Subscriptions.SubscriptionWorld;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

/// <summary>Under a host whose link store keeps the hash but not the snapshot (links made by hand, or older hosts).</summary>
[TestClass]
public sealed class SubscriptionsWithoutSnapshotTests
{
    private static async Task<SubscriptionWorld> StartAsync()
    {
        var world = await SubscriptionWorld.StartAsync();
        world.LinksOverride = new SnapshotlessLinkStore(world.H.Links);
        return world;
    }

    [TestMethod]
    public async Task Push_Again_StillUnchangedAtZeroRequests()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(Sub("S1"));

        Assert.AreEqual(PushOutcome.Created, created[0].Outcome, created[0].Reason);
        Assert.IsNull(w.H.Links.All.Single(l => l.Module == BssModules.Subscriptions).Snapshot);
        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome, results[0].Reason);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task Push_SeatChange_PatchesTheLinkedAdditionNeverADuplicate()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));

        var results = await w.PushAsync(Sub("S1", seats: 12));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.AreEqual(created[0].RemoteId, results[0].RemoteId);
        Assert.AreEqual("quantity", results[0].Changes.Single().Field);
        Assert.Contains("no snapshot", results[0].Reason!);
        Assert.HasCount(1, w.H.Simulator.Store.All(Additions));
        Assert.AreEqual(12m, (decimal?)w.Addition(created[0].RemoteId)["quantity"]);
    }

    [TestMethod]
    public async Task Push_Cancelled_SetsCancelledDate()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));

        var results = await w.PushAsync(Sub("S1") with { Status = SubscriptionStatus.Cancelled, CancelledDate = new DateOnly(2026, 3, 31) });

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.AreEqual("2026-03-31T00:00:00Z", (string?)w.Addition(created[0].RemoteId)["cancelledDate"]);
        Assert.HasCount(1, w.H.Simulator.Store.All(Additions));
    }

    [TestMethod]
    public async Task Push_ReactivatedAfterCancellation_NewAdditionOldKept()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));
        await w.PushAsync(Sub("S1") with { Status = SubscriptionStatus.Cancelled, CancelledDate = new DateOnly(2026, 3, 31) });

        var results = await w.PushAsync(Sub("S1", seats: 6));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.AreNotEqual(created[0].RemoteId, results[0].RemoteId);
        Assert.HasCount(2, w.H.Simulator.Store.All(Additions));
    }
}
