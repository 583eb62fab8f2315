using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>
/// Maps a ConnectWise catalog item to a BSS product for pulls. Pure: no I/O. Written out member by member rather than
/// through AutoMapper (issue 16): a pull maps every record it reads, and a Products pull that maps nothing else need
/// not build the mapper's configuration at all.
/// </summary>
internal static class ProductFromCatalogItemMapper
{
    /// <summary>Maps a catalog item.</summary>
    /// <param name="item">The catalog item.</param>
    /// <param name="bssId">The linked BSS id, or empty when the BSS does not have the product yet.</param>
    /// <param name="productType">The BSS product type the product type lookup maps the item's type back to, if any.</param>
    /// <param name="unitType">The BSS unit type the unit type lookup maps the item's subcategory back to, if any.</param>
    /// <returns>The product.</returns>
    public static Product Map(CatalogItem item, string bssId, string? productType, string? unitType)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new Product
        {
            Id = bssId ?? string.Empty,
            Code = item.Identifier,
            Name = item.Description ?? string.Empty,
            Description = item.CustomerDescription,
            ProductType = productType,
            UnitType = unitType,
            Price = item.Price,
            Cost = item.Cost,
            Taxable = item.TaxableFlag == true,
            Active = item.InactiveFlag != true,

            // The bill cycle's name is the nearest thing ConnectWise has to the BSS billing cycle.
            BillingCycle = item.RecurringFlag == true ? Text.Clean(item.RecurringBillCycle?.Name) : null,
        };
    }
}
