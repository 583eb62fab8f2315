using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Merge;

namespace BssConnectWiseConnector.Sync.Products;

/// <summary>
/// Pulls the ConnectWise catalog as BSS products, whole or changed since the cursor, in forward-only pages of 1000,
/// each version once; product types and subcategories are mapped back through the lookups and linked items carry
/// their BSS id.
/// </summary>
internal sealed class ProductsPullModule : IncrementalPullModule<CatalogItem, Product>
{
    private readonly PullMerge<CatalogItem, Product> _merge;

    /// <summary>Initializes a new instance of the <see cref="ProductsPullModule"/> class.</summary>
    /// <param name="catalog">The catalog client.</param>
    /// <param name="merge">The merge into the BSS's products.</param>
    /// <param name="context">The session's module context.</param>
    public ProductsPullModule(IResourceClient<CatalogItem> catalog, PullMerge<CatalogItem, Product> merge, ModuleContext context)
        : base(catalog, context)
    {
        _merge = merge;
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Products;

    /// <inheritdoc />
    protected override Func<CatalogItem, DateTimeOffset?> DeliverEachVersionOnce => LastUpdated;

    /// <inheritdoc />
    protected override int? IdOf(CatalogItem remote) => remote?.Id;

    /// <inheritdoc />
    protected override async Task<PulledRecord<Product>> MapAsync(CatalogItem remote, IntegrationLink? link, PageReferences references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var remoteId = remote.Id!.Value.ToString(CultureInfo.InvariantCulture);
        var bssId = link?.BssId ?? string.Empty;
        return await _merge.MergeAsync(remote, Map(remote, bssId), remoteId, deleted: false, link, i => Task.FromResult(Map(i, bssId)), cancellationToken).ConfigureAwait(false);
    }

    private MappedPull<Product> Map(CatalogItem item, string bssId)
    {
        var type = Context.Lookups.Reverse(LookupNames.ProductType, item.Type?.Id);
        var unit = Context.Lookups.Reverse(LookupNames.UnitType, item.Subcategory?.Id);
        var unresolved = new HashSet<string>(StringComparer.Ordinal);
        if (item.Type?.Id is not null && type is null)
        {
            unresolved.Add("productType");
        }

        if (item.Subcategory?.Id is not null && unit is null)
        {
            // Without a unit-type lookup entry the subcategory is the Product SubCategory setting, not a unit type.
            unresolved.Add("unitType");
        }

        return new MappedPull<Product>(ProductFromCatalogItemMapper.Map(item, bssId, type, unit), unresolved);
    }

    private static DateTimeOffset? LastUpdated(CatalogItem item) =>
        item.Info is { } info && info.TryGetValue("lastUpdated", out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
