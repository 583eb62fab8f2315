using System.Globalization;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>
/// Compares a plan's item with a new dry run of the same record: the BSS record (its hash), and what the connector
/// read from ConnectWise and would write (the billing impact: seats, price, cost, agreement, basis, date). Pure.
/// </summary>
internal static class PlanBaseCheck
{
    /// <summary>Says what changed since the item was planned.</summary>
    /// <param name="planned">The plan's item.</param>
    /// <param name="now">The new dry run's result of the record, if it has one.</param>
    /// <returns>What changed, or <see langword="null"/> when nothing did.</returns>
    public static string? Difference(PlanItem planned, RunResultRecord? now)
    {
        ArgumentNullException.ThrowIfNull(planned);
        var label = $"{planned.Module} {planned.BssId} ({planned.CustomerName ?? planned.Billing.CustomerId})";
        if (now is null)
        {
            return $"{label}: the record is no longer in the BSS.";
        }

        var changes = new List<string>();
        if (now.RecordHash is not null && now.RecordHash != planned.RecordHash)
        {
            changes.Add("the BSS record changed");
        }

        if (now.Billing is not { } billing)
        {
            changes.Add($"the run would now be {now.Outcome}{(now.Reason is null ? string.Empty : ": " + now.Reason)}");
            return $"{label}: {string.Join("; ", changes)}.";
        }

        var was = planned.Billing;
        if (billing.Basis != was.Basis)
        {
            changes.Add($"ConnectWise changed: planned on '{was.Basis}', now '{billing.Basis}'");
        }

        if (was.SeatsAfter != billing.SeatsAfter)
        {
            changes.Add($"seats after {PlanText.Seats(was.SeatsAfter)} → {PlanText.Seats(billing.SeatsAfter)}");
        }

        Compare(changes, "price per seat", was.UnitPriceAfter, billing.UnitPriceAfter);
        Compare(changes, "cost per seat", was.UnitCostAfter, billing.UnitCostAfter);
        if (billing.AgreementId != was.AgreementId)
        {
            changes.Add($"agreement {was.AgreementName} → {billing.AgreementName}");
        }

        if (billing.EffectiveDate != was.EffectiveDate)
        {
            changes.Add(string.Create(CultureInfo.InvariantCulture, $"effective date {was.EffectiveDate:yyyy-MM-dd} → {billing.EffectiveDate:yyyy-MM-dd}"));
        }

        return changes.Count == 0 ? null : $"{label}: {string.Join("; ", changes)}.";
    }

    private static void Compare(List<string> changes, string what, decimal? was, decimal? now)
    {
        if (was != now)
        {
            changes.Add($"{what} {PlanText.Amount(was)} → {PlanText.Amount(now)}");
        }
    }
}
