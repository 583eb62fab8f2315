using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>The product fields a ConnectWise catalog item represents, each with its group and the catalog fields it comes from.</summary>
internal static class ProductMergeFields
{
    /// <summary>The fields, in report order.</summary>
    public static readonly IReadOnlyList<MergeField<Product>> All =
    [
        new("code", MergeGroups.Identity, ["identifier"], p => MergeValues.Text(p.Code), (p, r) => p with { Code = r.Code }),
        new("name", MergeGroups.Identity, ["description"], p => MergeValues.Text(p.Name), (p, r) => p with { Name = r.Name }),
        new("productType", MergeGroups.Identity, ["type"], p => MergeValues.Text(p.ProductType), (p, r) => p with { ProductType = r.ProductType }),
        new("unitType", MergeGroups.Identity, ["subcategory", "category"], p => MergeValues.Text(p.UnitType), (p, r) => p with { UnitType = r.UnitType }),
        new("active", MergeGroups.Identity, ["inactiveFlag"], p => MergeValues.Flag(p.Active), (p, r) => p with { Active = r.Active }),
        new("price", MergeGroups.Billing, ["price", "recurringRevenue"], p => MergeValues.Number(p.Price), (p, r) => p with { Price = r.Price }),
        new("cost", MergeGroups.Billing, ["cost", "recurringCost"], p => MergeValues.Number(p.Cost), (p, r) => p with { Cost = r.Cost }),
        new("taxable", MergeGroups.Billing, ["taxableFlag"], p => MergeValues.Flag(p.Taxable), (p, r) => p with { Taxable = r.Taxable }),
        new("billingCycle", MergeGroups.Billing, ["recurringFlag"], p => MergeValues.Text(p.BillingCycle), (p, r) => p with { BillingCycle = r.BillingCycle }),

        // The push sends the description, or the name when there is none, as the customer description: compared the same way.
        new("description", MergeGroups.Description, ["customerDescription"], p => MergeValues.Text(p.Description) ?? MergeValues.Text(p.Name), (p, r) => p with { Description = r.Description }),
    ];
}
