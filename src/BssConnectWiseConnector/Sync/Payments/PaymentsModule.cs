using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Payments;

/// <summary>The Payments module: BSS payments as payments of the linked ConnectWise invoice, never applied twice.</summary>
internal sealed class PaymentsModule : IModuleRegistration
{
    /// <inheritdoc />
    public ModuleDefinition Definition { get; } = new(
        BssModules.Payments,
        [SyncOperation.Create, SyncOperation.Update],
        [BssModules.Invoices],
        "BSS payments as payments of the linked ConnectWise invoice, typed by the Credit card and Bank deposit method ids (the types sent are server variables); adopted when the invoice already has the same payment, never applied twice or edited.");

    /// <inheritdoc />
    public int Order => 70;

    /// <inheritdoc />
    public IReadOnlyList<PermissionProbe> Permissions { get; } =
    [
        new("Finance > Invoicing (invoice payments)", ApiRoutes.Invoices),
    ];

    /// <inheritdoc />
    public object? CreatePushModule(ModuleServices services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return new PaymentsPushModule(
            services.Client.InvoicePayments,
            new InvoicePaymentMapper(services.Mapper),
            services.Context,
            () => services.PushModule<Invoice>(BssModules.Invoices));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<CheckFinding>> CheckAsync(ModuleServices services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        var settings = services.Context.Settings;
        IReadOnlyList<CheckFinding> findings = string.IsNullOrWhiteSpace(settings.CreditCardMethodId) && string.IsNullOrWhiteSpace(settings.BankDepositMethodId)
            ? [new CheckFinding(CheckSeverity.Error, "Payment methods", "Neither the Credit card method id nor the Bank deposit method id is set, so no payment can be given a ConnectWise payment type.",
                $"Set {ServerVariableNames.CreditCardMethodId} and {ServerVariableNames.BankDepositMethodId} to the BSS ids of those payment methods, or switch the Payments operations off.")]
            : [new CheckFinding(CheckSeverity.Ok, "Payment methods",
                $"Credit card method: {settings.CreditCardMethodId ?? "not set"} (sent as payment type '{settings.CreditCardPaymentType}'); bank deposit method: {settings.BankDepositMethodId ?? "not set"} (sent as payment type '{settings.BankDepositPaymentType}').")];
        return Task.FromResult(findings);
    }
}
