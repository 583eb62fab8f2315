namespace BssConnectWiseConnector.Sync.Products;

/// <summary>Where a catalog item goes: its subcategory and that subcategory's category, or why it cannot be placed.</summary>
/// <param name="CategoryId">The category.</param>
/// <param name="SubCategoryId">The subcategory.</param>
/// <param name="Problem">Why the item cannot be placed, with the fix; <see langword="null"/> when it can.</param>
internal sealed record ProductPlacement(int? CategoryId, int? SubCategoryId, string? Problem)
{
    /// <summary>A placement that failed.</summary>
    /// <param name="problem">Why, with the fix.</param>
    /// <returns>The placement.</returns>
    public static ProductPlacement Failed(string problem) => new(null, null, problem);
}
