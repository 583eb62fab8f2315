namespace BssConnectWiseConnector.Sync.Products;

/// <summary>What the settings and lookups alone say about a product's place, before the subcategories are read.</summary>
/// <param name="SubCategoryId">The subcategory: the unit type lookup's, or the Product SubCategory server variable.</param>
/// <param name="CategoryId">The Product Category server variable when the defaults apply; the subcategory's category must match it.</param>
/// <param name="UnitType">The unit type the lookup mapped, or <see langword="null"/> when the defaults apply.</param>
/// <param name="Problem">Why the product cannot be placed whatever ConnectWise holds, with the fix.</param>
internal sealed record ProductPlacementChoice(int? SubCategoryId, int? CategoryId, string? UnitType, string? Problem);
