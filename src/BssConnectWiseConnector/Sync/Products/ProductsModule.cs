using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;

using BssConnectWiseConnector.Sync.Merge;
using BssConnectWiseConnector.Sync.Pipeline;

namespace BssConnectWiseConnector.Sync.Products;

/// <summary>The Products module: BSS products as ConnectWise catalog items, pushed and pulled.</summary>
internal sealed class ProductsModule : IPushRegistration<Product>, IPullRegistration<Product>
{
    /// <inheritdoc />
    public ModuleDefinition Definition { get; } = new(
        BssModules.Products,
        [SyncOperation.Create, SyncOperation.Update, SyncOperation.Delete, SyncOperation.BatchRead, SyncOperation.Read],
        [],
        "BSS products as ConnectWise catalog items: created, or adopted by identifier, updated field by field, deactivated on delete; the catalog pulled back, whole or incrementally.");

    /// <inheritdoc />
    public int Order => 30;

    /// <inheritdoc />
    public IReadOnlyList<PermissionProbe> Permissions { get; } =
    [
        new("Procurement > Product Catalog", ApiRoutes.Catalog, "catalog items", SecurityLevels.Inquire | SecurityLevels.Add | SecurityLevels.Edit),
    ];

    /// <inheritdoc />
    public IReadOnlyList<DiscoverySource> DiscoverySources { get; } =
    [
        new(ServerVariableCatalog.ProductCategoryId.Name, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.Categories, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
        new(ServerVariableCatalog.ProductSubCategoryId.Name, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.SubCategories, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
        new(ServerVariableCatalog.ProductUnitOfMeasureId.Name, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.UnitsOfMeasure, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
        new(LookupNames.ProductType, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.ProductTypes, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
        new(LookupNames.UnitType, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.SubCategories, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
    ];

    /// <inheritdoc />
    public IPushModule<Product> CreatePushModule(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = new ProductsPushDefinition(
            context.Client.Catalog,
            new CatalogItemMapper(context.Mapper),
            ct => context.Tables.ReadAsync(context.Client.SubCategories, ct),
            context.Settings,
            context.Lookups,
            context.Links,
            context.Time);
        return new FlatRecordPush<Product, Models.CatalogItem>(definition, context);
    }

    /// <inheritdoc />
    public IPullModule<Product> CreatePullModule(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ProductsPullModule(
            context.Client.Catalog,
            PullMergeFactory.Create<Models.CatalogItem, Product, FlatRecordPush<Product, Models.CatalogItem>>(context, BssModules.Products, ProductMergeFields.All, push => new(push.Definition.BaselineFields, push.Definition.FingerprintAsync)),
            context);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CheckFinding>> CheckAsync(ModuleContext context, CancellationToken cancellationToken) =>
        ProductsCheck.RunAsync(context, cancellationToken);
}
