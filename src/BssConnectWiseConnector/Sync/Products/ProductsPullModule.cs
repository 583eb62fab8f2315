using System.Globalization;
using System.Runtime.CompilerServices;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Merge;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync.Products;

/// <summary>
/// Pulls the ConnectWise catalog as BSS products, whole or changed since the cursor, in forward-only pages of 1000;
/// product types and subcategories are mapped back through the lookups and linked items carry their BSS id.
/// </summary>
internal sealed class ProductsPullModule : IPullModule<Product>
{
    private readonly IResourceClient<CatalogItem> _catalog;
    private readonly CatalogItemMapper _mapper;
    private readonly PullMerge<CatalogItem, Product> _merge;
    private readonly SyncModuleContext _context;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="ProductsPullModule"/> class.</summary>
    /// <param name="catalog">The catalog client.</param>
    /// <param name="mapper">The product mapper.</param>
    /// <param name="merge">The merge into the BSS's products.</param>
    /// <param name="context">The session's shared context.</param>
    public ProductsPullModule(IResourceClient<CatalogItem> catalog, CatalogItemMapper mapper, PullMerge<CatalogItem, Product> merge, SyncModuleContext context)
    {
        _catalog = catalog;
        _mapper = mapper;
        _merge = merge;
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _logger = context.LoggerFactory.CreateLogger<ProductsPullModule>();
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<PullBatch<Product>> PullAsync(PullRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cursor = ProductPullCursor.Parse(request.Cursor);
        if (cursor is null)
        {
            // A cursor this module cannot read is started over rather than trusted: a full read repeats, it never skips.
            _logger.LogWarning("The {Module} cursor cannot be read; the whole catalog is pulled again.", BssModules.Products);
            cursor = ProductPullCursor.Start;
        }

        var query = new ListQuery
        {
            ForwardOnly = true,
            PageSize = ConnectWiseDefaults.MaxPageSize,
            StartAfterId = cursor.AfterId,

            // ConnectWise compares times to the second: ask from the cursor's second again; IsNew drops what was delivered.
            Conditions = cursor.Since is { } since ? Condition.GreaterThan("lastUpdated", since.AddSeconds(-1)) : null,
        };

        var done = 0;
        await foreach (var page in _catalog.ListPagesAsync(query, cancellationToken).ConfigureAwait(false))
        {
            var seen = page.Items.Where(i => i.Id is not null).Select(i => (Id: i.Id!.Value, LastUpdated: LastUpdated(i))).ToArray();
            var records = new List<PulledRecord<Product>>(seen.Length);
            foreach (var item in page.Items)
            {
                if (item.Id is { } id && cursor.IsNew(id, LastUpdated(item)))
                {
                    records.Add(await ToPulledAsync(item, cancellationToken).ConfigureAwait(false));
                }
            }

            cursor = cursor.Advance(seen, page.HasMore);
            done += records.Count;
            _context.Progress?.Report(new SyncProgress(BssModules.Products, done, null));
            yield return new PullBatch<Product>(records, cursor.Format());
        }
    }

    /// <inheritdoc />
    public async Task<PulledRecord<Product>?> ReadAsync(string remoteId, CancellationToken cancellationToken = default)
    {
        if (!int.TryParse(remoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            return null;
        }

        var item = await _catalog.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return item?.Id is null ? null : await ToPulledAsync(item, cancellationToken).ConfigureAwait(false);
    }

    private static DateTimeOffset? LastUpdated(CatalogItem item) =>
        item.Info is { } info && info.TryGetValue("lastUpdated", out var text) ? ProductPullCursor.Time(text) : null;

    private async Task<PulledRecord<Product>> ToPulledAsync(CatalogItem item, CancellationToken cancellationToken)
    {
        var remoteId = item.Id!.Value.ToString(CultureInfo.InvariantCulture);
        var link = await _context.Links.FindByRemoteIdAsync(BssModules.Products, remoteId, cancellationToken).ConfigureAwait(false);
        var bssId = link?.BssId ?? string.Empty;
        return await _merge.MergeAsync(item, Map(item, bssId), remoteId, deleted: false, link, i => Task.FromResult(Map(i, bssId)), cancellationToken).ConfigureAwait(false);
    }

    private MappedPull<Product> Map(CatalogItem item, string bssId)
    {
        var type = _context.Lookups.Reverse(LookupNames.ProductType, item.Type?.Id);
        var unit = _context.Lookups.Reverse(LookupNames.UnitType, item.Subcategory?.Id);
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

        return new MappedPull<Product>(_mapper.ToProduct(item, bssId, type, unit), unresolved);
    }
}
