using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Pipeline;

namespace BssConnectWiseConnector.Sync.Orders;

/// <summary>The Orders module: BSS orders as ConnectWise sales orders, their lines as procurement products.</summary>
internal sealed class OrdersModule : IPushRegistration<Order>
{
    /// <inheritdoc />
    public ModuleDefinition Definition { get; } = new(
        BssModules.Orders,
        [SyncOperation.Create, SyncOperation.Update, SyncOperation.Delete],
        [BssModules.Accounts, BssModules.Products],
        "BSS orders as ConnectWise sales orders with their lines as procurement products: created, or adopted by their 'BSS order' description, updated field by field, lines reconciled.");

    /// <inheritdoc />
    public int Order => 50;

    /// <inheritdoc />
    public IReadOnlyList<PermissionProbe> Permissions { get; } =
    [
        new("Sales > Sales Orders", ApiRoutes.SalesOrders, "sales orders", SecurityLevels.Inquire | SecurityLevels.Add | SecurityLevels.Edit | SecurityLevels.Delete),
        new("Procurement > Products", ApiRoutes.ProcurementProducts, "order lines", SecurityLevels.Inquire | SecurityLevels.Add | SecurityLevels.Edit | SecurityLevels.Delete),
        new("System > Member Maintenance", ApiRoutes.Members, "members (the sales representative)", SecurityLevels.Inquire),
    ];

    /// <inheritdoc />
    public IReadOnlyList<DiscoverySource> DiscoverySources { get; } =
    [
        new(ServerVariableCatalog.SalesRepresentativeId.Name, async (s, ct) => DiscoveredValues.From(
            await s.Tables.ReadAsync(s.Client.Members, ct).ConfigureAwait(false), v => v.Id, v => $"{v.FirstName} {v.LastName} ({v.Identifier})".Trim(), v => v.InactiveFlag)),
        new(LookupNames.OrderStage, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.OrderStatuses, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
    ];

    /// <inheritdoc />
    public IPushModule<Order> CreatePushModule(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = new OrdersPushDefinition(
            context.Client.SalesOrders,
            new SalesOrderMapper(context.Mapper),
            context.Lookups,
            context.Settings.SalesRepresentativeId,
            context.Settings.ProductBillableOption.ToString());
        return new HeaderWithLinesPush<Order, Models.SalesOrder>(definition, context);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CheckFinding>> CheckAsync(ModuleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<CheckFinding> findings = context.Settings.SalesRepresentativeId is { } id
            ? [new CheckFinding(CheckSeverity.Ok, "Sales Representative", string.Create(CultureInfo.InvariantCulture, $"Orders get member {id} as their sales representative."))]
            : [new CheckFinding(CheckSeverity.Error, "Sales Representative", "ConnectWise requires a sales representative on every sales order, and the Sales Representative server variable is not set.",
                "Set it to the id of an active member (discover SalesRepresentativeId lists them), or switch the Orders operations off.")];
        return Task.FromResult(findings);
    }
}
