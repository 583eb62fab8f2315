using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Products;

/// <summary>ConnectWise's rules for a catalog item (schema version 2026.4).</summary>
internal static class CatalogItemRules
{
    /// <summary>Checks a mapped catalog item.</summary>
    /// <param name="item">The catalog item to send.</param>
    /// <returns>Every problem, each naming the field, the value and the fix.</returns>
    public static IReadOnlyList<string> Check(CatalogItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new FieldRules("product")
            .Required("identifier", "code", item.Identifier)
            .MaxLength("identifier", "code", item.Identifier, 75)
            .Required("description", "name", item.Description)
            .MaxLength("description", "name", item.Description, 60)
            .MaxLength("customerDescription", "description", item.CustomerDescription, 6000)
            .Problems;
    }
}
