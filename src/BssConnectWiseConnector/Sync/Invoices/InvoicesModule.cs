using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Sync.Pipeline;

namespace BssConnectWiseConnector.Sync.Invoices;

/// <summary>The Invoices module: BSS invoices as ConnectWise invoices, their lines as procurement products.</summary>
internal sealed class InvoicesModule : IPushRegistration<Invoice>
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
        new("Finance > Invoicing", ApiRoutes.Invoices, "invoices", SecurityLevels.Inquire | SecurityLevels.Add | SecurityLevels.Edit),
        new("Procurement > Products", ApiRoutes.ProcurementProducts, "invoice lines", SecurityLevels.Inquire | SecurityLevels.Add | SecurityLevels.Edit | SecurityLevels.Delete),
    ];

    /// <inheritdoc />
    public IReadOnlyList<DiscoverySource> DiscoverySources { get; } =
    [
        new(LookupNames.InvoiceStage, async (s, ct) => DiscoveredValues.From(await s.Tables.ReadAsync(s.Client.BillingStatuses, ct).ConfigureAwait(false), v => v.Id, v => v.Name, v => v.InactiveFlag)),
        new(LookupNames.InvoiceType, (_, _) => Task.FromResult(InvoiceTypes.Values)),
    ];

    /// <inheritdoc />
    public Task<IReadOnlyList<CheckFinding>> CheckAsync(ModuleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var choices = string.Join(", ", InvoiceTypes.All);
        IReadOnlyList<CheckFinding> findings =
        [
            .. context.Lookups.Entries(LookupNames.InvoiceType)
                .Select(e => (e.Key, Reason: InvoiceTypes.Refusal(e.Value, $"The {LookupNames.InvoiceType} lookup maps the BSS value '{e.Key}' to '{e.Value}'", choices)))
                .Where(e => e.Reason is not null)
                .Select(e => new CheckFinding(CheckSeverity.Error, $"{LookupNames.InvoiceType} lookup '{e.Key}'", e.Reason!,
                    $"lookups set <instance> {LookupNames.InvoiceType} \"{e.Key}\" {InvoiceTypes.Miscellaneous}")),
        ];
        return Task.FromResult(findings);
    }

    /// <inheritdoc />
    public IPushModule<Invoice> CreatePushModule(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = new InvoicesPushDefinition(
            context.Client.Invoices,
            ct => context.Tables.ReadAsync(context.Client.BillingStatuses, ct),
            new InvoiceMapper(context.Mapper),
            context.Lookups,
            context.Settings.ProductBillableOption.ToString());
        return new HeaderWithLinesPush<Invoice, Models.Invoice>(definition, context);
    }
}
