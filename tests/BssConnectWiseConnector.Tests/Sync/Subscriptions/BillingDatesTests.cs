using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Subscriptions;
using Microsoft.Extensions.Time.Testing;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

[TestClass]
public sealed class BillingDatesTests
{
    // The day of the change comes from the session's clock; the agreement was invoiced on 30 Nov, next on 31 Dec.
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 20, 9, 30, 0, TimeSpan.Zero));

    private static DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    private static InvoicingState Invoiced(bool prorate, DateOnly? next = null, int months = 1) =>
        new(7, new DateOnly(2026, 11, 30), next ?? new DateOnly(2026, 12, 31), prorate, months);

    [TestMethod]
    public void Date_ChangeOnOrBeforeLastInvoice_MovesToNextInvoiceDate()
    {
        var dated = BillingDates.Date(Today, Invoiced(prorate: true));
        var onTheDay = BillingDates.Date(new DateOnly(2026, 11, 30), Invoiced(prorate: true));

        Assert.AreEqual(new DateOnly(2026, 12, 31), dated.Date);
        Assert.AreEqual(DateShift.InvoicedPeriod, dated.Shift);
        Assert.AreEqual(new DateOnly(2026, 12, 31), onTheDay.Date, "the last invoice's own day is invoiced");
    }

    [TestMethod]
    public void Date_InvoicedWithoutNextInvoiceDate_MovesOneCycleAfterTheLast()
    {
        var state = new InvoicingState(7, new DateOnly(2026, 11, 30), null, true, 3);

        var dated = BillingDates.Date(Today, state);

        Assert.AreEqual(new DateOnly(2027, 2, 28), dated.Date);
    }

    [TestMethod]
    public void Date_MidPeriodWithProrationOn_KeepsItsOwnDate()
    {
        var dated = BillingDates.Date(new DateOnly(2026, 12, 15), Invoiced(prorate: true));

        Assert.AreEqual(new DateOnly(2026, 12, 15), dated.Date);
        Assert.AreEqual(DateShift.None, dated.Shift);
    }

    [TestMethod]
    public void Date_MidPeriodWithProrationOff_TakesEffectAtTheNextPeriodStart()
    {
        var inThisPeriod = BillingDates.Date(new DateOnly(2026, 12, 15), Invoiced(prorate: false));
        var later = BillingDates.Date(new DateOnly(2027, 2, 3), Invoiced(prorate: false, next: new DateOnly(2026, 12, 1)));
        var onAPeriodStart = BillingDates.Date(new DateOnly(2027, 1, 1), Invoiced(prorate: false, next: new DateOnly(2026, 12, 1)));

        Assert.AreEqual(new DateOnly(2026, 12, 31), inThisPeriod.Date);
        Assert.AreEqual(DateShift.NoProration, inThisPeriod.Shift);
        Assert.AreEqual(new DateOnly(2027, 3, 1), later.Date);
        Assert.AreEqual(DateShift.None, onAPeriodStart.Shift);
    }

    [TestMethod]
    public void Date_NeverInvoiced_KeepsItsOwnDateEvenWithoutProration()
    {
        var created = BillingDates.Date(Today, null);
        var notYetInvoiced = BillingDates.Date(Today, new InvoicingState(7, null, null, false, 1));

        Assert.AreEqual(Today, created.Date);
        Assert.AreEqual(Today, notYetInvoiced.Date);
    }

    [TestMethod]
    public void Shifted_SeatsAddedInsideInvoicedPeriod_LeavesTheDaysUnbilled()
    {
        // 10 → 12 seats at 5.00 a month (+10.00) dated 1 Nov, applied from 1 Dec: the 30 days of November.
        var dated = BillingDates.Date(new DateOnly(2026, 11, 1), Invoiced(prorate: true, next: new DateOnly(2026, 12, 1)));

        Assert.AreEqual(10.00m, BillingDates.Shifted(10.00m, dated), "a whole month");
        Assert.AreEqual(-50.00m, BillingDates.Shifted(-50.00m, dated), "a cancellation's month over-billed");
        Assert.AreEqual(0m, BillingDates.Shifted(10.00m, BillingDates.Date(new DateOnly(2026, 12, 15), Invoiced(prorate: true))));
    }

    [TestMethod]
    public void Annotate_MovedChange_DatesTheImpactAndNamesTheMoney()
    {
        var result = new PushResult
        {
            Module = BssModules.Subscriptions,
            BssId = "S1",
            Operation = SyncOperation.Update,
            Outcome = PushOutcome.Updated,
            Billing = new BillingImpact { CustomerId = "A1", MonthlyRevenueChange = 10.00m, EffectiveDate = new DateOnly(2026, 11, 16), Reason = "Seats 10 → 12." },
        };
        var dated = BillingDates.Date(new DateOnly(2026, 11, 16), Invoiced(prorate: true, next: new DateOnly(2026, 12, 1)));

        var annotated = BillingDates.Annotate(result, dated);

        Assert.AreEqual(new DateOnly(2026, 12, 1), annotated.Billing!.EffectiveDate);
        StringAssert.Contains(annotated.Billing.Reason, "5.00 is left unbilled for 2026-11-16 to 2026-11-30");
        StringAssert.Contains(annotated.Reason, "already invoiced (last invoice 2026-11-30)");
    }
}
