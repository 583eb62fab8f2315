using System.Globalization;
using System.Text;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Compares BSS seats with ConnectWise addition quantities, prices and costs, per customer and billing cycle, with
/// the difference in money per cycle. Pure: the lines come from <see cref="SubscriptionReconciliationReader"/>.
/// </summary>
internal static class SubscriptionReconciler
{
    /// <summary>Reconciles seat lines.</summary>
    /// <param name="lines">The lines.</param>
    /// <returns>One entry per customer, customers with differences first, then by name.</returns>
    public static IReadOnlyList<CustomerReconciliation> Reconcile(IEnumerable<SeatLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        return lines
            .GroupBy(l => l.CompanyId)
            .Select(customer => new CustomerReconciliation(
                customer.First().Customer,
                customer.Key,
                customer.GroupBy(l => l.BillingCycle, StringComparer.OrdinalIgnoreCase)
                    .Select(cycle => new CycleDifference(
                        cycle.Key,
                        cycle.Sum(l => l.Bss?.Revenue ?? 0),
                        cycle.Sum(l => l.ConnectWise?.Revenue ?? 0),
                        cycle.Sum(l => l.Bss?.Cost ?? 0),
                        cycle.Sum(l => l.ConnectWise?.Cost ?? 0)))
                    .OrderBy(c => c.BillingCycle, StringComparer.OrdinalIgnoreCase)
                    .ToArray(),
                customer.Where(l => l.Differs).ToArray()))
            .OrderByDescending(c => c.HasDifference)
            .ThenBy(c => c.Customer, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <summary>Describes a customer's differences for a check finding.</summary>
    /// <param name="customer">The customer.</param>
    /// <param name="connectWiseOwnsSeats">Whether ConnectWise's seats are the truth (drift policy ConnectWiseWins): each line then says ConnectWise's count is the one billed.</param>
    /// <returns>The text, such as "Monthly: ConnectWise bills 10.00 more per cycle (BSS 50.00, ConnectWise 60.00); Archon Users: 10 seats in the BSS, 12 in ConnectWise".</returns>
    public static string Describe(CustomerReconciliation customer, bool connectWiseOwnsSeats = false)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{customer.Customer} (company #{customer.CompanyId}): ");
        text.AppendJoin("; ", customer.Cycles.Where(c => c.RevenueDifference != 0 || c.CostDifference != 0).Select(c => string.Create(
            CultureInfo.InvariantCulture,
            $"{c.BillingCycle}: ConnectWise bills {Money(Math.Abs(c.RevenueDifference))} {(c.RevenueDifference >= 0 ? "more" : "less")} per cycle (BSS {Money(c.BssRevenue)}, ConnectWise {Money(c.ConnectWiseRevenue)}; cost BSS {Money(c.BssCost)}, ConnectWise {Money(c.ConnectWiseCost)})")));
        text.Append(". ");
        text.AppendJoin("; ", customer.Differences.Select(line => connectWiseOwnsSeats && line is { Bss: not null, ConnectWise: { } billed }
            ? string.Create(CultureInfo.InvariantCulture, $"{Line(line)}; billed: ConnectWise's {DriftCheck.Text(billed.Quantity)} seats (drift policy ConnectWiseWins: the push never sends the BSS's seats; the Subscriptions pull takes ConnectWise's edits into the BSS)")
            : Line(line)));
        text.Append('.');
        return text.ToString();
    }

    private static string Line(SeatLine line) => (line.Bss, line.ConnectWise) switch
    {
        (null, { } cw) => string.Create(CultureInfo.InvariantCulture, $"{line.Label}: {DriftCheck.Text(cw.Quantity)} seats in ConnectWise that no BSS subscription claims"),
        ({ } bss, null) => string.Create(CultureInfo.InvariantCulture, $"{line.Label}: {DriftCheck.Text(bss.Quantity)} seats in the BSS, no addition in ConnectWise"),
        ({ } bss, { } cw) => string.Create(
            CultureInfo.InvariantCulture,
            $"{line.Label}: BSS {DriftCheck.Text(bss.Quantity)} × {Money(bss.UnitPrice)} (cost {Money(bss.UnitCost)}), ConnectWise {DriftCheck.Text(cw.Quantity)} × {Money(cw.UnitPrice)} (cost {Money(cw.UnitCost)})"),
        _ => line.Label,
    };

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
