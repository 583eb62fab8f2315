using System.Globalization;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Products;

/// <summary>
/// Chooses a product's subcategory and category: the unit type lookup's subcategory with its own category when the
/// unit type is mapped, otherwise the Product SubCategory and Product Category server variables, which must agree.
/// </summary>
internal static class ProductPlacer
{
    /// <summary>Chooses the subcategory from the lookups and settings, without reading ConnectWise.</summary>
    /// <param name="unitType">The product's unit type.</param>
    /// <param name="settings">The settings with the defaults.</param>
    /// <param name="lookups">The lookups.</param>
    /// <returns>The choice.</returns>
    public static ProductPlacementChoice Choose(string? unitType, ConnectWiseSettings settings, ILookupTables lookups)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(lookups);
        var unit = lookups.Resolve(LookupNames.UnitType, unitType);
        if (unit.Id is { } mapped)
        {
            return new ProductPlacementChoice(mapped, null, unitType!.Trim(), null);
        }

        if (unit.Problem is not null && IsMapped(lookups, unitType))
        {
            // Mapped, but not to an id: falling back to the defaults would hide the administrator's mistake.
            return new ProductPlacementChoice(null, null, null, unit.Problem);
        }

        if (settings.ProductSubCategoryId is { } subId)
        {
            return new ProductPlacementChoice(subId, settings.ProductCategoryId, null, null);
        }

        var why = string.IsNullOrWhiteSpace(unitType) ? "The product has no unit type" : $"The {LookupNames.UnitType} lookup does not map '{unitType.Trim()}'";
        return new ProductPlacementChoice(null, null, null, settings.ProductCategoryId is null
            ? $"{why}, and neither the Product Category nor the Product SubCategory server variable is set, so the catalog item has no subcategory; map the unit type in the {LookupNames.UnitType} lookup, or set both server variables."
            : $"{why}, and the Product SubCategory server variable is not set; ConnectWise requires a subcategory, so set it to a subcategory of category {settings.ProductCategoryId}.");
    }

    /// <summary>Completes a choice with ConnectWise's subcategories: the category, or why the subcategory does not fit.</summary>
    /// <param name="choice">The choice.</param>
    /// <param name="subCategories">Every ConnectWise subcategory.</param>
    /// <returns>The placement.</returns>
    public static ProductPlacement Place(ProductPlacementChoice choice, IReadOnlyList<SubCategory> subCategories)
    {
        ArgumentNullException.ThrowIfNull(choice);
        ArgumentNullException.ThrowIfNull(subCategories);
        if (choice.Problem is not null || choice.SubCategoryId is not { } subId)
        {
            return ProductPlacement.Failed(choice.Problem ?? "The catalog item has no subcategory.");
        }

        if (subCategories.FirstOrDefault(s => s.Id == subId) is not { } sub)
        {
            return ProductPlacement.Failed(choice.UnitType is not null
                ? $"The {LookupNames.UnitType} lookup maps '{choice.UnitType}' to subcategory {subId}, which ConnectWise does not have; map it to the id of an existing subcategory."
                : $"The Product SubCategory server variable is {subId}, which ConnectWise does not have; set it to the id of an existing subcategory.");
        }

        if (sub.Category?.Id is not { } category)
        {
            return ProductPlacement.Failed($"ConnectWise subcategory {Describe(sub)} has no category; give it one in ConnectWise.");
        }

        return choice.CategoryId is { } declared && declared != category
            ? ProductPlacement.Failed(MismatchMessage(sub, declared))
            : new ProductPlacement(category, subId, null);
    }

    /// <summary>Checks that the Product SubCategory server variable belongs to the Product Category server variable.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="subCategories">Every ConnectWise subcategory.</param>
    /// <returns>Why they disagree, with the fix; <see langword="null"/> when they agree or one is not set.</returns>
    public static string? Mismatch(ConnectWiseSettings settings, IReadOnlyList<SubCategory> subCategories)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(subCategories);
        if (settings.ProductCategoryId is not { } category || settings.ProductSubCategoryId is not { } subId || subCategories.FirstOrDefault(s => s.Id == subId) is not { } sub)
        {
            return null;
        }

        return sub.Category?.Id == category ? null : MismatchMessage(sub, category);
    }

    private static string MismatchMessage(SubCategory sub, int category) =>
        $"The Product SubCategory {Describe(sub)} does not belong to the Product Category {category}: it belongs to category {Id(sub.Category?.Id)}{Name(sub.Category?.Name)}. "
        + $"Set Product SubCategory to a subcategory of category {category}, or Product Category to {Id(sub.Category?.Id)}.";

    private static bool IsMapped(ILookupTables lookups, string? value) =>
        value is not null && lookups.Entries(LookupNames.UnitType).Keys.Any(k => string.Equals(k, value.Trim(), StringComparison.OrdinalIgnoreCase));

    private static string Describe(SubCategory sub) => Id(sub.Id) + Name(sub.Name);

    private static string Id(int? id) => id?.ToString(CultureInfo.InvariantCulture) ?? "(none)";

    private static string Name(string? name) => string.IsNullOrWhiteSpace(name) ? string.Empty : $" '{name}'";
}
