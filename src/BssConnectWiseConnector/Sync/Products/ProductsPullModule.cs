using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Products;

/// <summary>
/// Pulls the ConnectWise catalog as BSS products, whole or changed since the cursor, in forward-only pages of 1000,
/// each version once; product types and subcategories are mapped back through the lookups and linked items carry
/// their BSS id.
/// </summary>
internal sealed class ProductsPullModule : IncrementalPullModule<CatalogItem, Product>
{
    private readonly CatalogItemMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="ProductsPullModule"/> class.</summary>
    /// <param name="catalog">The catalog client.</param>
    /// <param name="mapper">The product mapper.</param>
    /// <param name="context">The session's module context.</param>
    public ProductsPullModule(IResourceClient<CatalogItem> catalog, CatalogItemMapper mapper, ModuleContext context)
        : base(catalog, context)
    {
        _mapper = mapper;
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Products;

    /// <inheritdoc />
    protected override Func<CatalogItem, DateTimeOffset?> DeliverEachVersionOnce => LastUpdated;

    /// <inheritdoc />
    protected override int? IdOf(CatalogItem remote) => remote?.Id;

    /// <inheritdoc />
    protected override async Task<PulledRecord<Product>> MapAsync(CatalogItem remote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(remote);
        var remoteId = remote.Id!.Value.ToString(CultureInfo.InvariantCulture);
        var link = await Context.Links.FindByRemoteIdAsync(BssModules.Products, remoteId, cancellationToken).ConfigureAwait(false);
        var product = _mapper.ToProduct(
            remote,
            link?.BssId ?? string.Empty,
            Context.Lookups.Reverse(LookupNames.ProductType, remote.Type?.Id),
            Context.Lookups.Reverse(LookupNames.UnitType, remote.Subcategory?.Id));
        return new PulledRecord<Product>(product, remoteId, Deleted: false);
    }

    private static DateTimeOffset? LastUpdated(CatalogItem item) =>
        item.Info is { } info && info.TryGetValue("lastUpdated", out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : null;
}
