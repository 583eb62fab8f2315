using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Pipeline;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Products;

/// <summary>
/// Pushes BSS products as ConnectWise catalog items, known by their identifier (the product code, or its id);
/// a deleted product is deactivated, never deleted, since orders and agreements may still name it. What every push
/// does is the engine's, which <see cref="ProductsModule"/> composes with this definition.
/// </summary>
internal sealed class ProductsPushDefinition : IFlatPushDefinition<Product, CatalogItem>
{
    /// <summary>The fields the connector owns on a catalog item (the unit of measure only when its server variable is set).</summary>
    internal static readonly IReadOnlyList<string> CatalogFields =
    [
        "identifier", "description", "customerDescription", "inactiveFlag", "type", "category", "subcategory",
        "price", "cost", "taxableFlag", "recurringFlag", "recurringRevenue", "recurringCost",
    ];

    private readonly IResourceClient<CatalogItem> _catalog;
    private readonly CatalogItemMapper _mapper;
    private readonly Func<CancellationToken, Task<IReadOnlyList<SubCategory>>> _subCategories;
    private readonly IReadOnlyList<string> _managedFields;
    private readonly ConnectWiseSettings _settings;
    private readonly ILookupTables _lookups;
    private readonly IIntegrationLinkStore _links;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="ProductsPushDefinition"/> class.</summary>
    /// <param name="catalog">The catalog client.</param>
    /// <param name="mapper">The product mapper.</param>
    /// <param name="subCategories">Reads every subcategory (once per session, through the setup-table cache).</param>
    /// <param name="settings">The placement and unit-of-measure settings.</param>
    /// <param name="lookups">The lookup tables (product types, unit types).</param>
    /// <param name="links">The link store (a deactivated item's link is kept as inactive).</param>
    /// <param name="time">The clock.</param>
    public ProductsPushDefinition(
        IResourceClient<CatalogItem> catalog,
        CatalogItemMapper mapper,
        Func<CancellationToken, Task<IReadOnlyList<SubCategory>>> subCategories,
        ConnectWiseSettings settings,
        ILookupTables lookups,
        IIntegrationLinkStore links,
        TimeProvider time)
    {
        _catalog = catalog;
        _mapper = mapper;
        _subCategories = subCategories;
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _lookups = lookups;
        _links = links;
        _time = time;

        // Without the server variable the connector sends no unit of measure, so it must not clear the one ConnectWise holds.
        _managedFields = settings.ProductUnitOfMeasureId is null ? CatalogFields : [.. CatalogFields, "unitOfMeasure"];
    }

    /// <inheritdoc />
    public string Module => BssModules.Products;

    /// <inheritdoc />
    public string RemoteName => "catalog item";

    /// <inheritdoc />
    public IReadOnlyList<string> ManagedFields => _managedFields;

    /// <inheritdoc />
    public IReadOnlyList<string> BaselineFields => _managedFields;

    /// <summary>
    /// Fingerprints a product from local data: the record (without its id), its looked-up type and unit, and the
    /// placement settings; so an unchanged product is recognised before it is mapped, and one pulled from ConnectWise
    /// is Unchanged at no request however little of it ConnectWise gave.
    /// </summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The fingerprint.</returns>
    public Task<string?> FingerprintAsync(Product record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var product = record;
        var settings = _settings;
        return Task.FromResult<string?>(Fingerprint.Of(
            "products/1",
            product with { Id = string.Empty },
            _lookups.Resolve(LookupNames.ProductType, product.ProductType).Id,
            _lookups.Resolve(LookupNames.UnitType, product.UnitType).Id,
            settings.ProductCategoryId,
            settings.ProductSubCategoryId,
            settings.ProductUnitOfMeasureId));
    }

    /// <inheritdoc />
    public async Task<MappedRecord<CatalogItem>> MapAsync(PushItem<Product> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var product = item.Record;
        var type = _lookups.Resolve(LookupNames.ProductType, product.ProductType);
        var placement = await PlaceAsync(product, link, cancellationToken).ConfigureAwait(false);
        var catalogItem = _mapper.Map(product, new ProductMappingContext(type.Id, placement.CategoryId, placement.SubCategoryId, _settings.ProductUnitOfMeasureId));
        var dataProblems = new FieldRules("product").Required("type", "productType", product.ProductType).Problems
            .Concat(CatalogItemRules.Check(catalogItem))
            .ToArray();
        var failed = MappedRecord<CatalogItem>.FromProblems(dataProblems, new[] { type.Problem, placement.Problem }.OfType<string>().ToArray());
        return failed ?? MappedRecord<CatalogItem>.Ready(catalogItem, catalogItem.Identifier!);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CatalogItem>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        _catalog.FindInAsync("identifier", naturalKeys.Cast<object>().ToArray(), cancellationToken: cancellationToken);

    /// <inheritdoc />
    public IEnumerable<string> NaturalKeysOf(CatalogItem remote) => remote?.Identifier is { } key ? [key] : [];

    /// <inheritdoc />
    public int? IdOf(CatalogItem remote) => remote?.Id;

    /// <inheritdoc />
    public Task<CatalogItem> CreateAsync(CatalogItem payload, CancellationToken cancellationToken) =>
        _catalog.CreateAsync(payload, cancellationToken);

    /// <inheritdoc />
    public Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken) =>
        _catalog.PatchAsync(id, operations, cancellationToken);

    /// <summary>Deactivates the linked catalog item (PATCH inactiveFlag); an unlinked product is skipped.</summary>
    /// <param name="item">The deleted product.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    public async Task<PushResult> DeleteAsync(PushItem<Product> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        if (link is null || !int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var remoteId))
        {
            return PushResults.Of(Module, item, PushOutcome.Skipped, link?.RemoteId, "The product was never pushed to ConnectWise, so there is no catalog item to deactivate.");
        }

        var last = PayloadSnapshot.Parse(link.Snapshot)?.ToObject<CatalogItem>(ConnectWiseJson.Serializer);
        if (last?.InactiveFlag == true)
        {
            return PushResults.Of(Module, item, PushOutcome.Unchanged, link.RemoteId);
        }

        var reason = $"Deactivated catalog item #{link.RemoteId} rather than deleting it, since orders and agreements may still name it.";
        FieldChange[] changes = [new("inactiveFlag", last is null ? null : bool.FalseString, bool.TrueString)];
        if (options.DryRun)
        {
            return PushResults.Of(Module, item, PushOutcome.Updated, link.RemoteId, reason, changes);
        }

        try
        {
            await _catalog.PatchAsync(remoteId, [PatchOperation.Replace("inactiveFlag", true)], cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseNotFoundException)
        {
            await _links.RemoveAsync(Module, item.Record.Id, cancellationToken).ConfigureAwait(false);
            return PushResults.Of(Module, item, PushOutcome.Skipped, null, $"Catalog item #{link.RemoteId} is no longer in ConnectWise; the link was removed.");
        }

        // The link remembers the item as inactive, so that a product restored in the BSS is patched active again.
        var inactive = PayloadSnapshot.Of((last ?? new CatalogItem()) with { InactiveFlag = true });
        await _links.SaveAsync(new IntegrationLink(Module, item.Record.Id, link.RemoteId, inactive.Hash, _time.GetUtcNow(), inactive.Text), cancellationToken).ConfigureAwait(false);
        return PushResults.Of(Module, item, PushOutcome.Updated, link.RemoteId, reason, changes);
    }

    /// <summary>
    /// Places the product. When the link shows the same subcategory (and default category) was already sent, its
    /// category is taken from there, so that an unchanged product costs no request, not even the subcategory read.
    /// </summary>
    private async Task<ProductPlacement> PlaceAsync(Product product, IntegrationLink? link, CancellationToken cancellationToken)
    {
        var choice = ProductPlacer.Choose(product.UnitType, _settings, _lookups);
        if (choice.Problem is not null)
        {
            return ProductPlacement.Failed(choice.Problem);
        }

        var last = PayloadSnapshot.Parse(link?.Snapshot);
        var lastSub = last?["subcategory"]?["id"]?.Value<int?>();
        var lastCategory = last?["category"]?["id"]?.Value<int?>();
        if (lastSub is not null && lastSub == choice.SubCategoryId && lastCategory is not null && (choice.CategoryId is null || choice.CategoryId == lastCategory))
        {
            return new ProductPlacement(lastCategory, lastSub, null);
        }

        return ProductPlacer.Place(choice, await _subCategories(cancellationToken).ConfigureAwait(false));
    }
}
