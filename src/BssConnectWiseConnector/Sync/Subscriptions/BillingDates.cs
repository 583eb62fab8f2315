using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// The date a change to an addition is sent with: never inside a period ConnectWise already invoiced (a date on or
/// before the last invoice date moves to the next period: the next invoice date, else the last one plus a cycle), and
/// with the agreement's proration off, at the start of the next period. With proration on a change keeps its own date
/// so ConnectWise prorates it. Pure: no I/O, no clock.
/// </summary>
internal static class BillingDates
{
    /// <summary>Dates a change.</summary>
    /// <param name="wanted">The date of the change in the BSS.</param>
    /// <param name="state">The agreement's invoicing state; <see langword="null"/> for an agreement never invoiced (such as one this run creates).</param>
    /// <returns>The date to send, and why it moved.</returns>
    public static DatedChange Date(DateOnly wanted, InvoicingState? state)
    {
        if (state is null)
        {
            return new DatedChange(wanted, wanted, DateShift.None, null, 1);
        }

        var months = Math.Max(1, state.CycleMonths);
        if (state.LastInvoiceDate is { } last && wanted <= last)
        {
            var next = state.NextInvoiceDate is { } given && given > last ? given : last.AddMonths(months);
            return new DatedChange(next, wanted, DateShift.InvoicedPeriod, last, months);
        }

        // Periods are known from the invoice dates; an agreement not yet invoiced has none, so its changes keep their dates.
        var anchor = state.NextInvoiceDate ?? state.LastInvoiceDate?.AddMonths(months);
        if (!state.Prorate && anchor is { } periodStart)
        {
            var start = PeriodStartOnOrAfter(periodStart, wanted, months);
            if (start != wanted)
            {
                return new DatedChange(start, wanted, DateShift.NoProration, state.LastInvoiceDate, months);
            }
        }

        return new DatedChange(wanted, wanted, DateShift.None, state.LastInvoiceDate, months);
    }

    /// <summary>The money a moved change leaves unbilled (positive) or over-billed (negative): the change per period over the days it moved.</summary>
    /// <param name="monthlyChange">The change in monthly revenue.</param>
    /// <param name="dated">The dated change.</param>
    /// <returns>The amount, rounded to the cent half away from zero.</returns>
    public static decimal Shifted(decimal monthlyChange, DatedChange dated)
    {
        ArgumentNullException.ThrowIfNull(dated);
        var days = dated.Date.DayNumber - dated.Wanted.DayNumber;
        var periodDays = dated.Date.DayNumber - dated.Date.AddMonths(-dated.CycleMonths).DayNumber;
        return days <= 0 || periodDays <= 0 ? 0m : Math.Round(monthlyChange * dated.CycleMonths * days / periodDays, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Says in a result's billing impact that its change moved, with the money that leaves unbilled or over-billed.</summary>
    /// <param name="result">The result with its impact.</param>
    /// <param name="dated">The dated change, if the write carried one.</param>
    /// <returns>The result, its impact dated and explained.</returns>
    public static PushResult Annotate(PushResult result, DatedChange? dated)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (dated is null || result.Billing is not { } billing)
        {
            return result;
        }

        if (dated.Shift == DateShift.None)
        {
            return result with { Billing = billing with { EffectiveDate = dated.Date } };
        }

        var note = Note(dated, Shifted(billing.MonthlyRevenueChange, dated));
        return result with
        {
            Billing = billing with { EffectiveDate = dated.Date, Reason = SubscriptionResults.Join(billing.Reason, note)! },
            Reason = SubscriptionResults.Join(result.Reason, note),
        };
    }

    private static string Note(DatedChange dated, decimal amount)
    {
        var until = dated.Date.AddDays(-1);
        var money = amount switch
        {
            > 0 => string.Create(CultureInfo.InvariantCulture, $"{amount:0.00} is left unbilled for {dated.Wanted:yyyy-MM-dd} to {until:yyyy-MM-dd}"),
            < 0 => string.Create(CultureInfo.InvariantCulture, $"{-amount:0.00} is over-billed for {dated.Wanted:yyyy-MM-dd} to {until:yyyy-MM-dd}"),
            _ => "no money changes hands for the days between",
        };
        return dated.Shift == DateShift.InvoicedPeriod
            ? string.Create(CultureInfo.InvariantCulture, $"Dated {dated.Wanted:yyyy-MM-dd}, inside a period ConnectWise already invoiced (last invoice {dated.LastInvoiceDate:yyyy-MM-dd}): applied from the next period, {dated.Date:yyyy-MM-dd}, instead of rewriting that invoice; {money}.")
            : string.Create(CultureInfo.InvariantCulture, $"The agreement does not prorate: the change dated {dated.Wanted:yyyy-MM-dd} takes effect at the next period, {dated.Date:yyyy-MM-dd}; {money}.");
    }

    // The first period start (anchor plus a whole number of cycles) on or after the day.
    private static DateOnly PeriodStartOnOrAfter(DateOnly anchor, DateOnly day, int months)
    {
        var k = (((day.Year - anchor.Year) * 12) + day.Month - anchor.Month) / months;
        while (anchor.AddMonths((k - 1) * months) >= day)
        {
            k--;
        }

        while (anchor.AddMonths(k * months) < day)
        {
            k++;
        }

        return anchor.AddMonths(k * months);
    }
}
