namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>A customer's changes in a plan, by agreement, with their totals.</summary>
/// <param name="CustomerId">The BSS account id.</param>
/// <param name="Name">The customer's name, or its id.</param>
/// <param name="Agreements">The changes per agreement (its name), in the plan's order.</param>
public sealed record PlanCustomer(string CustomerId, string Name, IReadOnlyList<KeyValuePair<string, IReadOnlyList<PlanItem>>> Agreements)
{
    /// <summary>Gets every change of the customer.</summary>
    public IEnumerable<PlanItem> Items => Agreements.SelectMany(a => a.Value);

    /// <summary>Gets the change in monthly recurring revenue.</summary>
    public decimal RevenueChange => Items.Sum(i => i.Billing.MonthlyRevenueChange);

    /// <summary>Gets the change in monthly recurring cost.</summary>
    public decimal CostChange => Items.Sum(i => i.Billing.MonthlyCostChange);

    /// <summary>Groups a plan's items by customer and agreement.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The customers, by name.</returns>
    public static IReadOnlyList<PlanCustomer> Of(IEnumerable<PlanItem> items) =>
        [.. items
            .GroupBy(i => i.Billing.CustomerId, StringComparer.Ordinal)
            .Select(g => new PlanCustomer(
                g.Key,
                g.First().CustomerName ?? g.Key,
                [.. g.GroupBy(i => i.Billing.AgreementName ?? "agreement", StringComparer.Ordinal)
                    .Select(a => new KeyValuePair<string, IReadOnlyList<PlanItem>>(a.Key, [.. a]))]))
            .OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(c => c.CustomerId, StringComparer.Ordinal)];
}
