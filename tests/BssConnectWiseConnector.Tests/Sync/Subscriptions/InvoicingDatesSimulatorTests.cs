using System.Globalization;
using Bss.IntegrationFramework;
using ConnectWise.Simulator;
using Microsoft.Extensions.Time.Testing;
using static BssConnectWiseConnector.Tests.Sync.Subscriptions.SubscriptionWorld;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

/// <summary>
/// Dates against the simulator's invoicing state: the clock says 20 Nov 2026; an agreement invoiced on 30 Nov has its
/// next invoice on 31 Dec. The simulator refuses any addition dated on or before the last invoice date.
/// </summary>
[TestClass]
public sealed class InvoicingDatesSimulatorTests
{
    private static readonly DateOnly LastInvoice = new(2026, 11, 30);
    private static readonly DateOnly NextInvoice = new(2026, 12, 31);

    private static Task<SubscriptionWorld> StartAsync(SimulatorProfile profile = SimulatorProfile.Normal, params string[] accounts) =>
        SubscriptionWorld.StartAsync(new SimulatorOptions { Profile = profile, TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)) }, accounts);

    // The subscription's agreement, invoiced on 30 Nov with the proration setting given.
    private static int Invoice(SubscriptionWorld w, PushResult pushed, bool prorate)
    {
        var agreement = (int)w.Addition(pushed.RemoteId)["agreementId"]!;
        w.H.Simulator.Store.Update(Agreements, agreement, a => a["prorateFlag"] = prorate);
        w.H.Simulator.Store.Invoicing.Set(agreement, LastInvoice, NextInvoice);
        w.H.Simulator.Requests.Clear();
        return agreement;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    [TestMethod]
    [DataRow(SimulatorProfile.Normal, 1)]
    [DataRow(SimulatorProfile.Strict, 2)]
    public async Task Push_SeatChangeInsideInvoicedPeriod_AppliedFromNextPeriodWithTheMoneyLeftUnbilled(SimulatorProfile profile, int recapReads)
    {
        await using var w = await StartAsync(profile);
        var created = await w.PushAsync(Sub("S1"));
        Invoice(w, created[0], prorate: true);

        var changed = (await w.PushAsync(Sub("S1", seats: 12)))[0];

        Assert.AreEqual(PushOutcome.Updated, changed.Outcome, changed.Reason);
        Assert.AreEqual(12m, (decimal?)w.Addition(changed.RemoteId)["quantity"]);
        Assert.AreEqual(Day(NextInvoice), (string?)w.Addition(changed.RemoteId)["effectiveDate"], "never dated inside the period invoiced on 30 Nov");
        Assert.AreEqual(NextInvoice, changed.Billing!.EffectiveDate);

        // +10.00 a month, moved from 20 Nov to 31 Dec: 41 days of a 31-day period.
        StringAssert.Contains(changed.Billing.Reason, "13.23 is left unbilled for 2026-11-20 to 2026-12-30");
        Assert.AreEqual(recapReads, w.H.Simulator.Requests.CountOf("GET", "finance/agreementrecap"), "by id; in the strict profile (recaps numbered apart, dates as M/d/yyyy) by name too");
        Assert.AreEqual(0, (await w.PushAsync(Sub("S1", seats: 12)))[0].Changes.Count);
    }

    [TestMethod]
    [DataRow(true, "2026-12-15", "")]
    [DataRow(false, "2026-12-31", "25.81 is over-billed for 2026-12-15 to 2026-12-30")]
    public async Task Push_CancelledMidPeriod_ProrationOnKeepsTheDateOffMovesItToTheNextPeriod(bool prorate, string expected, string money)
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));
        Invoice(w, created[0], prorate);

        var cancelled = (await w.PushAsync(Sub("S1") with { Status = SubscriptionStatus.Cancelled, CancelledDate = new DateOnly(2026, 12, 15) }))[0];

        Assert.AreEqual(PushOutcome.Updated, cancelled.Outcome, cancelled.Reason);
        Assert.AreEqual(expected + "T00:00:00Z", (string?)w.Addition(cancelled.RemoteId)["cancelledDate"]);
        Assert.AreEqual(DateOnly.Parse(expected, CultureInfo.InvariantCulture), cancelled.Billing!.EffectiveDate);
        Assert.AreEqual(-50.00m, cancelled.Billing.MonthlyRevenueChange);
        if (money.Length > 0)
        {
            // 10 seats at 5.00 stop billing a month, deferred 16 days of a 31-day period: the customer pays for them.
            StringAssert.Contains(cancelled.Billing.Reason, money);
            StringAssert.Contains(cancelled.Reason, "does not prorate");
        }
        else
        {
            Assert.DoesNotContain("does not prorate", cancelled.Billing.Reason);
        }
    }

    [TestMethod]
    public async Task Push_NewSubscriptionsOnAnInvoicedAgreement_NextMonthKeepsItsStartAnInvoicedStartMoves()
    {
        await using var w = await StartAsync();
        var first = await w.PushAsync(Sub("S1"));
        var agreement = Invoice(w, first[0], prorate: true);

        var results = await w.PushAsync(
            Sub("S1"),
            Sub("S2", product: "P2", seats: 4) with { StartDate = new DateOnly(2026, 12, 1) },
            Sub("S3", product: "P2", seats: 2) with { Name = "Backfill", StartDate = new DateOnly(2026, 11, 1) });

        Assert.AreEqual(PushOutcome.Created, results[1].Outcome, results[1].Reason);
        Assert.AreEqual(Day(new DateOnly(2026, 12, 1)), (string?)w.Addition(results[1].RemoteId)["effectiveDate"], "next month is after the last invoice: its own start");
        Assert.AreEqual(new DateOnly(2026, 12, 1), results[1].Billing!.EffectiveDate);
        Assert.AreEqual(PushOutcome.Created, results[2].Outcome, results[2].Reason);
        Assert.AreEqual(Day(NextInvoice), (string?)w.Addition(results[2].RemoteId)["effectiveDate"]);
        StringAssert.Contains(results[2].Billing!.Reason, "inside a period ConnectWise already invoiced");
        Assert.HasCount(3, w.AdditionsOf(agreement));
        Assert.AreEqual(1, w.H.Simulator.Requests.CountOf("GET", "finance/agreementrecap"));
        Assert.AreEqual(5, w.H.Simulator.Requests.Count, "1 agreement lookup, 1 invoicing read, 1 read of its additions, 2 POSTs");
    }

    [TestMethod]
    [DataRow(SimulatorProfile.Normal, 1)]
    [DataRow(SimulatorProfile.Strict, 3)]
    public async Task Push_SeatChangesOn30Agreements_InvoicingReadOncePerPageThenZeroRequests(SimulatorProfile profile, int expectedRecapReads)
    {
        var accounts = Enumerable.Range(1, 30).Select(i => "A" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        await using var w = await StartAsync(profile, accounts);
        var subscriptions = accounts.Select(a => Sub("S-" + a, a)).ToArray();
        var created = await w.PushAsync(subscriptions);
        foreach (var pushed in created)
        {
            w.H.Simulator.Store.Invoicing.Set((int)w.Addition(pushed.RemoteId)["agreementId"]!, LastInvoice, NextInvoice);
        }

        w.H.Simulator.Requests.Clear();
        var changed = subscriptions.Select(s => s with { Quantity = 11 }).ToArray();
        var results = await w.PushAsync(changed);
        var changeRequests = w.H.Simulator.Requests.Count;
        var recapReads = w.H.Simulator.Requests.CountOf("GET", "finance/agreementrecap");
        var agreementReads = w.H.Simulator.Requests.CountOf("GET", "finance/agreements");
        w.H.Simulator.Requests.Clear();
        var again = await w.PushAsync(changed);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Updated && r.Billing!.EffectiveDate == NextInvoice), string.Join("\n", results.Select(r => r.Reason)));
        // Normal: one id in (…) read finds the 30 recaps. Strict (recaps numbered apart): that read finds none, then the
        // 30 names take two chunks under the URL limit.
        Assert.AreEqual(expectedRecapReads, recapReads);
        Assert.AreEqual(1, agreementReads, "one read of the 30 linked agreements");
        Assert.AreEqual(1 + expectedRecapReads + (30 * 2), changeRequests, "the invoicing reads, then per subscription one drift GET and one PATCH");
        Assert.IsTrue(again.All(r => r.Outcome == PushOutcome.Unchanged));
        Assert.AreEqual(0, w.H.Simulator.Requests.Count, "an unchanged re-push reads no invoicing state");
    }
}
