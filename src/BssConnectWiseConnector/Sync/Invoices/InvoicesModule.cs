using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;

namespace BssConnectWiseConnector.Sync.Invoices;

/// <summary>The Invoices module: BSS invoices as ConnectWise invoices, their lines as procurement products.</summary>
internal sealed class InvoicesModule : IModuleRegistration
{
    /// <inheritdoc />
    public ModuleDefinition Definition { get; } = new(
        BssModules.Invoices,
        [SyncOperation.Create, SyncOperation.Update],
        [BssModules.Accounts, BssModules.Products],
        "BSS invoices as ConnectWise invoices with their lines as procurement products: created, or adopted by reference (the BSS invoice number), updated while ConnectWise allows edits; closed invoices are reported, never forced.");

    /// <inheritdoc />
    public int Order => 60;

    /// <inheritdoc />
    public IReadOnlyList<PermissionProbe> Permissions { get; } =
    [
        new("Finance > Invoicing", ApiRoutes.Invoices),
        new("Procurement > Products", ApiRoutes.ProcurementProducts),
    ];

    /// <inheritdoc />
    public IReadOnlyList<DiscoverySource> DiscoverySources { get; } =
    [
        new(LookupNames.InvoiceStage, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.BillingStatuses, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
        new(LookupNames.InvoiceType, (_, _) => Task.FromResult(InvoiceTypes.Values)),
    ];

    /// <inheritdoc />
    public Task<IReadOnlyList<CheckFinding>> CheckAsync(ModuleServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var choices = string.Join(", ", InvoiceTypes.All);
        IReadOnlyList<CheckFinding> findings =
        [
            .. services.Context.Lookups.Entries(LookupNames.InvoiceType)
                .Select(e => (e.Key, Reason: InvoiceTypes.Refusal(e.Value, $"The {LookupNames.InvoiceType} lookup maps the BSS value '{e.Key}' to '{e.Value}'", choices)))
                .Where(e => e.Reason is not null)
                .Select(e => new CheckFinding(CheckSeverity.Error, $"{LookupNames.InvoiceType} lookup '{e.Key}'", e.Reason!,
                    $"lookups set <instance> {LookupNames.InvoiceType} \"{e.Key}\" {InvoiceTypes.Miscellaneous}")),
        ];
        return Task.FromResult(findings);
    }

    /// <inheritdoc />
    public object? CreatePushModule(ModuleServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new InvoicesPushModule(
            services.Client.Invoices,
            services.Client.ProcurementProducts,
            ct => services.Tables.ReadAsync(services.Client.BillingStatuses, ct),
            new InvoiceMapper(services.Mapper),
            services.Context,
            () => services.PushModule<Account>(BssModules.Accounts));
    }
}
