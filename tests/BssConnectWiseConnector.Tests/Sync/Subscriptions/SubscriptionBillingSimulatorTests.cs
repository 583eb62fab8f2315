using Bss.IntegrationFramework;
using static BssConnectWiseConnector.Tests.Sync.Subscriptions.SubscriptionWorld;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

/// <summary>The money a subscription push reports (<see cref="PushResult.Billing"/>), in a dry run as in a real run.</summary>
[TestClass]
public sealed class SubscriptionBillingSimulatorTests
{
    private static readonly PushOptions DryRun = new() { DryRun = true };

    [TestMethod]
    public async Task Push_DryRunOfASeatChange_ReportsSeatsAndMonthlyMoneyFromConnectWiseAndWritesNothing()
    {
        await using var w = await StartAsync();
        var first = await w.PushAsync(Sub("S1", seats: 10, price: 5m, cost: 2.5m));
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(SyncOperation.Update, DryRun, Sub("S1", seats: 12, price: 5.5m, cost: 2.5m));

        var billing = results[0].Billing;
        Assert.IsNotNull(billing, results[0].Reason);
        Assert.AreEqual("A1", billing.CustomerId);
        Assert.AreEqual(10m, billing.SeatsBefore);
        Assert.AreEqual(12m, billing.SeatsAfter);
        Assert.AreEqual(5m, billing.UnitPriceBefore);
        Assert.AreEqual(5.5m, billing.UnitPriceAfter);
        Assert.AreEqual(12 * 5.5m - 10 * 5m, billing.MonthlyRevenueChange);
        Assert.AreEqual(2 * 2.5m, billing.MonthlyCostChange);
        Assert.AreEqual((string?)w.Addition(first[0].RemoteId)["agreementId"]?.ToString(), billing.AgreementId);
        Assert.Contains($"addition #{first[0].RemoteId}: 10 seats", billing.Basis);
        Assert.Contains("Seats 10 → 12", billing.Reason);
        Assert.AreEqual(10m, (decimal?)w.Addition(first[0].RemoteId)["quantity"], "a dry run writes nothing");
        Assert.AreEqual(0, w.H.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    public async Task Push_SeatsChangedByHandInConnectWise_BeforeIsWhatConnectWiseBillsNotWhatWasPushed()
    {
        await using var w = await StartAsync();
        var first = await w.PushAsync(Sub("S1", seats: 10));
        w.H.Simulator.Store.Update(Additions, int.Parse(first[0].RemoteId!, System.Globalization.CultureInfo.InvariantCulture), a => a["quantity"] = 14m);

        var results = await w.PushAsync(Sub("S1", seats: 12));

        Assert.AreEqual(14m, results[0].Billing?.SeatsBefore);
        Assert.AreEqual(-2 * 5m, results[0].Billing?.MonthlyRevenueChange);
    }

    [TestMethod]
    public async Task Push_NewYearlySubscription_MonthlyRevenueIsTheYearSpreadOverTwelveMonthsToTheCent()
    {
        await using var w = await StartAsync();

        var results = await w.PushAsync(SyncOperation.Create, DryRun, Sub("S1", seats: 7, price: 10m, cost: 1m) with { BillingCycle = "Yearly" });

        var billing = results[0].Billing;
        Assert.IsNotNull(billing, results[0].Reason);
        Assert.AreEqual(0m, billing.SeatsBefore);
        Assert.IsNull(billing.UnitPriceBefore);
        Assert.AreEqual(5.83m, billing.MonthlyRevenueChange, "70 a year");
        Assert.AreEqual(0.58m, billing.MonthlyCostChange, "7 a year");
        Assert.IsNull(billing.AgreementId, "the run creates the agreement");
        Assert.AreEqual(new DateOnly(2026, 1, 1), billing.EffectiveDate, "a new addition bills from its start");
    }

    [TestMethod]
    public async Task Push_Cancellation_RevenueFallsByWhatTheAdditionBilled()
    {
        await using var w = await StartAsync();
        await w.PushAsync(Sub("S1", seats: 10, price: 5m, cost: 2m));

        var results = await w.PushAsync(Sub("S1", seats: 10, price: 5m, cost: 2m) with { CancelledDate = new DateOnly(2026, 3, 31), Status = SubscriptionStatus.Cancelled });

        var billing = results[0].Billing;
        Assert.IsNotNull(billing, results[0].Reason);
        Assert.AreEqual(0m, billing.SeatsAfter);
        Assert.AreEqual(-50m, billing.MonthlyRevenueChange);
        Assert.AreEqual(-20m, billing.MonthlyCostChange);
        Assert.AreEqual(new DateOnly(2026, 3, 31), billing.EffectiveDate);
    }

    [TestMethod]
    public async Task Push_UnchangedRePush_HasNoBillingAndCostsNoRequest()
    {
        await using var w = await StartAsync();
        await w.PushAsync(Sub("S1"));
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(SyncOperation.Update, DryRun, Sub("S1"));

        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome);
        Assert.IsNull(results[0].Billing);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }
}
