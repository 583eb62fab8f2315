using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;

namespace BssConnectWiseConnector.Sync.Products;

/// <summary>
/// What the preflight check adds for products beyond "each id exists and is active": that catalog items can get a
/// subcategory at all, that the default subcategory belongs to the default category, and that the category each
/// mapped subcategory brings exists and is active.
/// </summary>
internal static class ProductsCheck
{
    private const string Area = "Products";
    private const string DefaultsArea = "Product Category and SubCategory";

    /// <summary>Runs the check.</summary>
    /// <param name="context">The session's module context.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The findings.</returns>
    public static async Task<IReadOnlyList<CheckFinding>> RunAsync(ModuleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Settings;
        var unitTypes = context.Lookups.Entries(LookupNames.UnitType);
        var findings = new List<CheckFinding>();
        if (settings.ProductSubCategoryId is null)
        {
            findings.Add(unitTypes.Count == 0
                ? new CheckFinding(CheckSeverity.Error, Area, "Catalog items cannot get a subcategory: the Product SubCategory server variable is not set and the UnitType lookup maps nothing.",
                    "Set the Product Category and Product SubCategory server variables, or map the BSS unit types in the UnitType lookup.")
                : new CheckFinding(CheckSeverity.Warning, Area, "The Product SubCategory server variable is not set: products whose unit type the UnitType lookup does not map will fail.",
                    "Set the Product Category and Product SubCategory server variables as the defaults."));
        }

        var subCategories = await context.Tables.ReadAsync(context.Client.SubCategories, cancellationToken).ConfigureAwait(false);
        var categories = await context.Tables.ReadAsync(context.Client.Categories, cancellationToken).ConfigureAwait(false);
        if (ProductPlacer.Mismatch(settings, subCategories) is { } mismatch)
        {
            findings.Add(new CheckFinding(CheckSeverity.Error, DefaultsArea, mismatch, "Make the Product Category and Product SubCategory server variables agree."));
        }
        else if (settings is { ProductCategoryId: { } category, ProductSubCategoryId: { } sub } && subCategories.Any(s => s.Id == sub))
        {
            findings.Add(new CheckFinding(CheckSeverity.Ok, DefaultsArea, $"Subcategory {Id(sub)} belongs to the Product Category {Id(category)}."));
        }

        foreach (var (bssValue, remoteId) in unitTypes)
        {
            // Ids that are not numbers, or not subcategories, are reported by the id check of the lookup.
            if (!int.TryParse(remoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var subId) || subCategories.FirstOrDefault(s => s.Id == subId) is not { } mapped)
            {
                continue;
            }

            var area = $"{LookupNames.UnitType} lookup '{bssValue}' (category)";
            var categoryId = mapped.Category?.Id;
            var owner = categories.FirstOrDefault(c => c.Id == categoryId);
            findings.Add(owner switch
            {
                null => new CheckFinding(CheckSeverity.Error, area, $"Subcategory {Id(subId)} '{mapped.Name}' belongs to category {Id(categoryId)}, which ConnectWise does not have.",
                    "Give the subcategory an existing category in ConnectWise, or map the unit type to another subcategory."),
                { InactiveFlag: true } => new CheckFinding(CheckSeverity.Error, area, $"Subcategory {Id(subId)} '{mapped.Name}' belongs to category {Id(categoryId)} '{owner.Name}', which is inactive.",
                    "Activate the category in ConnectWise, or map the unit type to a subcategory of an active category."),
                _ => new CheckFinding(CheckSeverity.Ok, area, $"Subcategory {Id(subId)} '{mapped.Name}' is in category {Id(categoryId)} '{owner.Name}', which its catalog items get."),
            });
        }

        return findings;
    }

    private static string Id(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "(none)";
}
