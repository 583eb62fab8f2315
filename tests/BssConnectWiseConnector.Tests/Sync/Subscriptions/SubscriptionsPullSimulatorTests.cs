using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Settings;
using ConnectWise.Simulator;
using Microsoft.Extensions.Time.Testing;
using static BssConnectWiseConnector.Tests.Sync.Subscriptions.SubscriptionWorld;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

[TestClass]
public sealed class SubscriptionsPullSimulatorTests
{
    public TestContext TestContext { get; set; } = null!;

    private static async Task<(SubscriptionWorld World, FakeTimeProvider Clock)> StartAsync(SubscriptionDriftPolicy policy, params string[] accounts)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var world = await SubscriptionWorld.StartAsync(new SimulatorOptions { TimeProvider = clock }, accounts);
        world.H.Variables[ServerVariableCatalog.SubscriptionDriftPolicy.Name] = policy.ToString();
        return (world, clock);
    }

    private static int IdOf(PushResult result) => int.Parse(result.RemoteId!, CultureInfo.InvariantCulture);

    private static async Task<Subscription> BssAsync(SubscriptionWorld w, string id) =>
        (await w.H.Records.FindAsync<Subscription>(id))!;

    [TestMethod]
    public async Task PullAsync_ConnectWiseWinsSeatsEditedInConnectWise_ArriveInTheBssAndTheNextPushIsUnchangedAtNoRequest()
    {
        var (w, clock) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins);
        await using var _ = w;
        var created = await w.PushAsync(Sub("S1"));
        w.H.Records.Add(Sub("S1"));
        clock.Advance(TimeSpan.FromHours(1));
        w.H.Simulator.Store.Update(Additions, IdOf(created[0]), a => a["quantity"] = 12m);

        var pulled = (await w.PullAsync(null)).SelectMany(b => b.Records).Single();
        w.H.Simulator.Requests.Clear();
        var pushed = await w.PushAsync((await BssAsync(w, "S1")));

        Assert.IsFalse(pulled.Unchanged);
        Assert.AreEqual(12m, (await BssAsync(w, "S1")).Quantity, "the seats edited in ConnectWise are the BSS's now");
        Assert.AreEqual(5m, (await BssAsync(w, "S1")).UnitPrice, "the price is still the BSS's (Seats only)");
        Assert.IsEmpty(pulled.Conflicts, "the BSS did not change the seats since the last push");
        Assert.AreEqual(PushOutcome.Unchanged, pushed[0].Outcome, pushed[0].Reason);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count, "the link agrees with what was pulled");
    }

    [TestMethod]
    public async Task PullAsync_ConnectWiseWinsBothSidesEditedSeats_TakesConnectWiseAndReportsTheConflict()
    {
        var (w, clock) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins);
        await using var _ = w;
        var created = await w.PushAsync(Sub("S1"));
        w.H.Records.Add(Sub("S1", seats: 15));
        clock.Advance(TimeSpan.FromHours(1));
        w.H.Simulator.Store.Update(Additions, IdOf(created[0]), a => a["quantity"] = 12m);

        var pulled = (await w.PullAsync(null)).SelectMany(b => b.Records).Single();

        Assert.AreEqual(12m, pulled.Record.Quantity);
        var conflict = pulled.Conflicts.Single();
        Assert.AreEqual("quantity", conflict.Field);
        Assert.AreEqual(("10", "15", "12"), (conflict.BaseValue, conflict.BssValue, conflict.RemoteValue));
        Assert.Contains("ConnectWiseWins", conflict.Resolution);
    }

    [TestMethod]
    public async Task PullAsync_ConnectWiseWinsWithPriceAndCost_TakesAllThree()
    {
        var (w, clock) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins);
        await using var _ = w;
        w.H.Variables[ServerVariableCatalog.SubscriptionFieldsFromConnectWise.Name] = nameof(ConnectWiseSubscriptionFields.SeatsPriceAndCost);
        var created = await w.PushAsync(Sub("S1"));
        w.H.Records.Add(Sub("S1"));
        clock.Advance(TimeSpan.FromHours(1));
        w.H.Simulator.Store.Update(Additions, IdOf(created[0]), a =>
        {
            a["quantity"] = 11m;
            a["unitPrice"] = 6.5m;
            a["unitCost"] = 3m;
        });

        await w.PullAsync(null);
        w.H.Simulator.Requests.Clear();
        var pushed = await w.PushAsync(await BssAsync(w, "S1"));

        var bss = await BssAsync(w, "S1");
        Assert.AreEqual((11m, 6.5m, 3m), (bss.Quantity, bss.UnitPrice!.Value, bss.UnitCost!.Value));
        Assert.AreEqual(PushOutcome.Unchanged, pushed[0].Outcome, pushed[0].Reason);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task PullAsync_ReportOnlySeatsEditedInConnectWise_ReportedAndNothingChanged()
    {
        var (w, clock) = await StartAsync(SubscriptionDriftPolicy.ReportOnly);
        await using var _ = w;
        var created = await w.PushAsync(Sub("S1"));
        w.H.Records.Add(Sub("S1"));
        clock.Advance(TimeSpan.FromHours(1));
        w.H.Simulator.Store.Update(Additions, IdOf(created[0]), a => a["quantity"] = 12m);
        var linkBefore = w.H.Links.All.Single(l => l.Module == BssModules.Subscriptions);

        var pulled = (await w.PullAsync(null)).SelectMany(b => b.Records).Single();

        Assert.IsTrue(pulled.Unchanged);
        Assert.IsNull(pulled.Agreed, "the link keeps what was pushed, so the drift is found again");
        Assert.AreEqual(10m, (await BssAsync(w, "S1")).Quantity);
        var conflict = pulled.Conflicts.Single();
        Assert.AreEqual(("quantity", "10", "12"), (conflict.Field, conflict.BssValue, conflict.RemoteValue));
        Assert.Contains("ReportOnly", conflict.Resolution);
        Assert.AreEqual(linkBefore, w.H.Links.All.Single(l => l.Module == BssModules.Subscriptions));
    }

    [TestMethod]
    public async Task PullAsync_BssWins_ReadsNothingAndThePushOverwritesTheSeats()
    {
        var (w, clock) = await StartAsync(SubscriptionDriftPolicy.BssWins);
        await using var _ = w;
        var created = await w.PushAsync(Sub("S1"));
        w.H.Records.Add(Sub("S1"));
        clock.Advance(TimeSpan.FromHours(1));
        w.H.Simulator.Store.Update(Additions, IdOf(created[0]), a => a["quantity"] = 12m);
        w.H.Simulator.Requests.Clear();

        var batches = await w.PullAsync(null);
        var pulledRequests = w.H.Simulator.Requests.Count;
        var pushed = await w.PushAsync(Sub("S1", price: 6m));

        Assert.IsEmpty(batches);
        Assert.AreEqual(0, pulledRequests);
        Assert.AreEqual(10m, (await BssAsync(w, "S1")).Quantity);
        Assert.AreEqual(PushOutcome.Updated, pushed[0].Outcome, pushed[0].Reason);
        Assert.AreEqual(10m, (decimal?)w.Addition(created[0].RemoteId)["quantity"], "BssWins overwrites the seats as today");
    }

    [TestMethod]
    public async Task PushAsync_ConnectWiseWinsSeatsEditedInTheBssOnly_NeverSendsThemBackAndIsNoChange()
    {
        var (w, _) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins);
        await using var __ = w;
        var created = await w.PushAsync(Sub("S1"));
        w.H.Simulator.Requests.Clear();

        var seatsOnly = await w.PushAsync(Sub("S1", seats: 15));
        var seatRequests = w.H.Simulator.Requests.Count;
        var withPrice = await w.PushAsync(Sub("S1", seats: 15, price: 6m));

        Assert.AreEqual(PushOutcome.Unchanged, seatsOnly[0].Outcome, seatsOnly[0].Reason);
        Assert.AreEqual(0, seatRequests, "a seat edit in the BSS is no change to push");
        Assert.AreEqual(PushOutcome.Updated, withPrice[0].Outcome, withPrice[0].Reason);
        Assert.IsFalse(withPrice[0].Changes.Any(c => c.Field == "quantity"), string.Join(", ", withPrice[0].Changes));
        var addition = w.Addition(created[0].RemoteId);
        Assert.AreEqual(10m, (decimal?)addition["quantity"], "the seats stay ConnectWise's");
        Assert.AreEqual(6m, (decimal?)addition["unitPrice"]);
    }

    [TestMethod]
    public async Task PushAsync_ConnectWiseWinsSeatsEditedInConnectWiseBeforeAPull_LeavesThemAndBillsConnectWisesCount()
    {
        var (w, _) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins);
        await using var __ = w;
        var created = await w.PushAsync(Sub("S1"));
        w.H.Simulator.Store.Update(Additions, IdOf(created[0]), a => a["quantity"] = 12m);

        var pushed = await w.PushAsync(Sub("S1", price: 6m));

        Assert.AreEqual(PushOutcome.Updated, pushed[0].Outcome, pushed[0].Reason);
        Assert.Contains("ConnectWiseWins", pushed[0].Reason!);
        Assert.AreEqual(12m, (decimal?)w.Addition(created[0].RemoteId)["quantity"]);
        Assert.AreEqual(12m, pushed[0].Billing!.SeatsAfter, "billed: ConnectWise's count");
    }

    [TestMethod]
    public async Task PullAsync_IncrementalOverThirtyAgreements_OneBundlePerTwentyFiveAgreementsWithOnlyTheChanges()
    {
        var accounts = Enumerable.Range(1, 30).Select(i => "A" + i).ToArray();
        var (w, clock) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins, accounts);
        await using var _ = w;
        var subscriptions = accounts.Select(a => Sub("S-" + a, a)).ToArray();
        var created = await w.PushAsync(subscriptions);
        w.H.Records.Add(subscriptions);
        clock.Advance(TimeSpan.FromHours(1));
        w.H.Simulator.Requests.Clear();
        var full = await w.PullAsync(null);
        var fullRequests = w.H.Simulator.Requests.Count;
        clock.Advance(TimeSpan.FromHours(1));
        w.H.Simulator.Store.Update(Additions, IdOf(created[3]), a => a["quantity"] = 4m);
        w.H.Simulator.Store.Update(Additions, IdOf(created[27]), a => a["quantity"] = 28m);
        w.H.Simulator.Requests.Clear();

        var incremental = await w.PullAsync(full[^1].Checkpoint);

        TestContext.WriteLine($"30 agreements: full pull {fullRequests} requests, incremental {w.H.Simulator.Requests.Count}.");
        Assert.AreEqual(30, full.Sum(b => b.Records.Count));
        Assert.IsTrue(full.SelectMany(b => b.Records).All(r => r.Unchanged));
        Assert.AreEqual(2, fullRequests, "one bundle per 25 agreements, no agreement listed");
        Assert.AreEqual(2, w.H.Simulator.Requests.Count);
        Assert.AreEqual(2, w.H.Simulator.Requests.CountOf("POST", "system/bundles"));
        CollectionAssert.AreEquivalent(new[] { "S-A4", "S-A28" }, incremental.SelectMany(b => b.Records).Select(r => r.Record.Id).ToArray());
        Assert.AreEqual(28m, (await BssAsync(w, "S-A28")).Quantity);
    }

    [TestMethod]
    public async Task PullAsync_Interrupted_ResumesWithTheNextAgreements()
    {
        var accounts = Enumerable.Range(1, 30).Select(i => "A" + i).ToArray();
        var (w, _) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins, accounts);
        await using var __ = w;
        var subscriptions = accounts.Select(a => Sub("S-" + a, a)).ToArray();
        await w.PushAsync(subscriptions);
        w.H.Records.Add(subscriptions);
        var first = (await w.PullAsync(null))[0];

        var rest = await w.PullAsync(first.Checkpoint);

        Assert.AreEqual(25, first.Records.Count);
        Assert.AreEqual(5, rest.Sum(b => b.Records.Count));
        Assert.IsEmpty(first.Records.Select(r => r.RemoteId).Intersect(rest.SelectMany(b => b.Records).Select(r => r.RemoteId)));
    }

    [TestMethod]
    public async Task PullAsync_StrictProfileRefusesTheBundle_ReadsEachAgreementOnItsOwn()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var w = await SubscriptionWorld.StartAsync(new SimulatorOptions { TimeProvider = clock, Profile = SimulatorProfile.Strict }, "A1", "A2", "A3");
        w.H.Variables[ServerVariableCatalog.SubscriptionDriftPolicy.Name] = nameof(SubscriptionDriftPolicy.ConnectWiseWins);
        var subscriptions = new[] { Sub("S1"), Sub("S2", "A2"), Sub("S3", "A3") };
        var created = await w.PushAsync(subscriptions);
        w.H.Records.Add(subscriptions);
        w.H.Simulator.Store.Update(Additions, IdOf(created[1]), a => a["quantity"] = 2m);
        w.H.Simulator.Requests.Clear();

        var pulled = (await w.PullAsync(null)).SelectMany(b => b.Records).ToArray();

        Assert.HasCount(3, pulled);
        Assert.AreEqual(2m, (await BssAsync(w, "S2")).Quantity);
        Assert.AreEqual(4, w.H.Simulator.Requests.Count, "the refused bundle, then one read per agreement");
    }

    [TestMethod]
    public async Task PullAsync_CancelledInConnectWise_ReportedAsAConflictAndNothingChanged()
    {
        var (w, clock) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins);
        await using var _ = w;
        var created = await w.PushAsync(Sub("S1"));
        w.H.Records.Add(Sub("S1"));
        clock.Advance(TimeSpan.FromHours(1));
        w.H.Simulator.Store.Update(Additions, IdOf(created[0]), a => a["cancelledDate"] = "2026-03-02T00:00:00Z");

        var pulled = (await w.PullAsync(null)).SelectMany(b => b.Records).Single();

        Assert.IsTrue(pulled.Unchanged);
        Assert.IsFalse(pulled.Deleted);
        var conflict = pulled.Conflicts.Single();
        Assert.AreEqual(("cancelledDate", "2026-03-02"), (conflict.Field, conflict.RemoteValue));
        Assert.Contains("cancel the subscription in the BSS", conflict.Resolution);
        Assert.AreEqual(SubscriptionStatus.Active, (await BssAsync(w, "S1")).Status);
    }

    [TestMethod]
    public async Task PullAsync_FullReadAfterTheAdditionWasDeleted_ReportsItDeleted()
    {
        var (w, _) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins, "A1", "A2");
        await using var __ = w;
        var subscriptions = new[] { Sub("S1"), Sub("S2", "A2") };
        var created = await w.PushAsync(subscriptions);
        w.H.Records.Add(subscriptions);
        w.H.Simulator.Store.Remove(Additions, IdOf(created[0]));

        var pulled = (await w.PullAsync(null)).SelectMany(b => b.Records).ToArray();

        Assert.HasCount(2, pulled);
        var deleted = pulled.Single(r => r.Deleted);
        Assert.AreEqual(("S1", created[0].RemoteId), (deleted.Record.Id, deleted.RemoteId));
        Assert.IsFalse(pulled.Single(r => r.Record.Id == "S2").Deleted);
    }

    [TestMethod]
    public async Task PullAsync_ByAgreementIdsOfACallback_ReadsOnlyThoseAgreementsAndKeepsTheCursor()
    {
        var (w, _) = await StartAsync(SubscriptionDriftPolicy.ConnectWiseWins, "A1", "A2", "A3");
        await using var __ = w;
        var subscriptions = new[] { Sub("S1"), Sub("S2", "A2"), Sub("S3", "A3") };
        var created = await w.PushAsync(subscriptions);
        w.H.Records.Add(subscriptions);
        w.H.Simulator.Store.Update(Additions, IdOf(created[1]), a => a["quantity"] = 3m);
        var agreement = (int)w.Addition(created[1].RemoteId)["agreementId"]!;
        w.H.Simulator.Requests.Clear();

        var batches = await w.PullAsync(null, [agreement.ToString(CultureInfo.InvariantCulture), "999999", "not-an-id"]);

        var pulled = batches.SelectMany(b => b.Records).Single();
        Assert.AreEqual(("S2", 3m), (pulled.Record.Id, pulled.Record.Quantity));
        Assert.IsNull(batches.Single().Checkpoint);
        Assert.AreEqual(1, w.H.Simulator.Requests.Count, "one read of the named agreement's additions; an agreement not ours is not read");
    }
}
