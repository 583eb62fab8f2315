using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Settings;
using ConnectWise.Simulator;
using Microsoft.Extensions.Time.Testing;
using static BssConnectWiseConnector.Tests.Sync.Subscriptions.SubscriptionWorld;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

/// <summary>The billing rule priceFrom (price and cost kept as set in ConnectWise once the addition exists) against the simulator.</summary>
[TestClass]
public sealed class PriceOwnershipSimulatorTests
{
    private static int IdOf(PushResult result) => int.Parse(result.RemoteId!, CultureInfo.InvariantCulture);

    // A subscription priced in ConnectWise, pushed under the policy and in the BSS's records, an hour before ConnectWise is edited.
    private static async Task<(SubscriptionWorld World, int AdditionId)> PushedPricedInConnectWiseAsync(SubscriptionDriftPolicy policy)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var w = await StartAsync(new SimulatorOptions { TimeProvider = clock });
        w.H.Variables[ServerVariableCatalog.SubscriptionDriftPolicy.Name] = policy.ToString();
        var sub = Sub("S1") with { PriceFrom = "ConnectWise" };
        var created = await w.PushAsync(sub);
        w.H.Records.Add(sub);
        clock.Advance(TimeSpan.FromHours(1));
        return (w, IdOf(created[0]));
    }

    [TestMethod]
    public async Task Push_ProductPricedInConnectWise_CreatedWithTheBssPriceThenAPriceEditedThereIsKeptAndNotDrift()
    {
        await using var w = await StartAsync();
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users", PriceFrom = "ConnectWise" });
        var created = await w.PushAsync(Sub("S1", seats: 10, price: 5m, cost: 2m));
        w.H.Simulator.Store.Update(Additions, IdOf(created[0]), a =>
        {
            a["unitPrice"] = 7m;
            a["unitCost"] = 3m;
        });
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(Sub("S1", seats: 12, price: 6m, cost: 2.5m));

        Assert.AreEqual(PushOutcome.Created, created[0].Outcome, created[0].Reason);
        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        var addition = w.Addition(created[0].RemoteId);
        Assert.AreEqual((12m, 7m, 3m), ((decimal)addition["quantity"]!, (decimal)addition["unitPrice"]!, (decimal)addition["unitCost"]!), "only the seats are sent");
        CollectionAssert.AreEqual(new[] { "quantity" }, results[0].Changes.Select(c => c.Field).ToArray());
        Assert.IsNull(results[0].Reason, "a price ConnectWise changed is not drift");
        Assert.AreEqual(1, w.H.Simulator.Requests.Snapshot().Count(r => r.Method == "PATCH"), "one PATCH, of the seats only");
        Assert.AreEqual(4, w.H.Simulator.Requests.Count, "the batch's invoicing state (1 agreements read + 1 agreementrecap read, issue 18's dates) + 1 GET (drift) + 1 PATCH");
        Assert.AreEqual((7m, 3m), (results[0].Billing!.UnitPriceAfter, results[0].Billing!.UnitCostAfter), "billed at ConnectWise's price");
        Assert.AreEqual(2 * 7m, results[0].Billing!.MonthlyRevenueChange);
        w.H.Simulator.Requests.Clear();
        var again = await w.PushAsync(Sub("S1", seats: 12, price: 6m, cost: 2.5m));
        Assert.AreEqual(PushOutcome.Unchanged, again[0].Outcome, "the link agrees with ConnectWise's price");
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task Push_PriceKeptInConnectWiseAndOnlyTheBssPriceChanged_UnchangedAtNoRequest()
    {
        await using var w = await StartAsync();
        var first = await w.PushAsync(Sub("S1", price: 5m) with { PriceFrom = "connectwise" });
        w.H.Simulator.Requests.Clear();

        var again = await w.PushAsync(Sub("S1", price: 9m, cost: 4m) with { PriceFrom = "ConnectWise" });

        Assert.AreEqual(PushOutcome.Unchanged, again[0].Outcome, again[0].Reason);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
        Assert.AreEqual(5m, (decimal?)w.Addition(first[0].RemoteId)["unitPrice"]);
    }

    [TestMethod]
    public async Task Push_SubscriptionSaysBssOverAProductPricedInConnectWise_PriceEditedThereIsOverwrittenAsDrift()
    {
        await using var w = await StartAsync();
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users", PriceFrom = "ConnectWise" });
        var created = await w.PushAsync(Sub("S1", price: 5m) with { PriceFrom = "Bss" });
        w.H.Simulator.Store.Update(Additions, IdOf(created[0]), a => a["unitPrice"] = 7m);

        var results = await w.PushAsync(Sub("S1", seats: 12, price: 5m) with { PriceFrom = "Bss" });

        Assert.AreEqual(5m, (decimal?)w.Addition(created[0].RemoteId)["unitPrice"]);
        StringAssert.Contains(results[0].Reason, "unitPrice 7 in ConnectWise (last pushed 5, BSS 5)");
    }

    [TestMethod]
    public async Task Push_UnknownPriceFromOfTheProduct_FailsAloneAsDataNamingValueAndField()
    {
        await using var w = await StartAsync();
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users", PriceFrom = "Psa" });

        var results = await w.PushAsync(Sub("S1"), Sub("S2", product: "P2"));

        Assert.AreEqual(PushOutcome.Failed, results[0].Outcome);
        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        StringAssert.Contains(results[0].Reason, "priceFrom 'Psa' (product P1) is not Bss or ConnectWise.");
        Assert.AreEqual(PushOutcome.Created, results[1].Outcome, results[1].Reason);
    }

    [TestMethod]
    public async Task Push_PriceKeptInConnectWiseAndAnAdditionAdopted_ItsPriceStaysAndARePushCostsNothing()
    {
        await using var w = await StartAsync();
        var agreement = w.AddAgreement("A1");
        var existing = w.AddAddition(agreement, seats: 7);
        w.H.Simulator.Store.Update(Additions, existing, a => a["unitPrice"] = 8m);

        var adopted = await w.PushAsync(Sub("S1", seats: 10, price: 5m) with { PriceFrom = "ConnectWise" });
        w.H.Simulator.Requests.Clear();
        var again = await w.PushAsync(Sub("S1", seats: 10, price: 5m) with { PriceFrom = "ConnectWise" });

        Assert.AreEqual(existing.ToString(CultureInfo.InvariantCulture), adopted[0].RemoteId, adopted[0].Reason);
        Assert.AreEqual((10m, 8m), ((decimal)w.Addition(adopted[0].RemoteId)["quantity"]!, (decimal)w.Addition(adopted[0].RemoteId)["unitPrice"]!));
        Assert.AreEqual(8m, adopted[0].Billing!.UnitPriceAfter);
        Assert.AreEqual(PushOutcome.Unchanged, again[0].Outcome);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task Pull_ReportOnlyPriceKeptInConnectWiseChangedThere_NotReported()
    {
        var (w, additionId) = await PushedPricedInConnectWiseAsync(SubscriptionDriftPolicy.ReportOnly);
        await using var _ = w;
        w.H.Simulator.Store.Update(Additions, additionId, a =>
        {
            a["unitPrice"] = 7m;
            a["quantity"] = 12m;
        });

        var pulled = (await w.PullAsync(null)).SelectMany(b => b.Records).Single();

        Assert.AreEqual("quantity", pulled.Conflicts.Single().Field, "the seats are drift, ConnectWise's price is not");
    }

    [TestMethod]
    public async Task Pull_ConnectWiseWinsSeatsOnlyPriceKeptInConnectWise_PriceTakenIntoTheBssAndTheNextPushIsUnchanged()
    {
        var (w, additionId) = await PushedPricedInConnectWiseAsync(SubscriptionDriftPolicy.ConnectWiseWins);
        await using var _ = w;
        w.H.Simulator.Store.Update(Additions, additionId, a => a["unitPrice"] = 7m);

        await w.PullAsync(null);
        var bss = (await w.H.Records.FindAsync<Subscription>("S1"))!;
        w.H.Simulator.Requests.Clear();
        var pushed = await w.PushAsync(bss);

        Assert.AreEqual(7m, bss.UnitPrice, "the price is ConnectWise's, so the pull takes it (SubscriptionFieldsFromConnectWise is Seats)");
        Assert.AreEqual(PushOutcome.Unchanged, pushed[0].Outcome, pushed[0].Reason);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }
}
