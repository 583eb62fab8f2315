using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Pipeline;

namespace BssConnectWiseConnector.Sync.Payments;

/// <summary>The Payments module: BSS payments as payments of the linked ConnectWise invoice, never applied twice.</summary>
internal sealed class PaymentsModule : IPushRegistration<Payment>
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
        new("Finance > Invoicing", ApiRoutes.Invoices, "invoices and their payments", SecurityLevels.Inquire | SecurityLevels.Add),
    ];

    /// <inheritdoc />
    public IPushModule<Payment> CreatePushModule(ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var definition = new PaymentsPushDefinition(
            context.Client.InvoicePayments,
            new InvoicePaymentMapper(context.Mapper),
            context.Settings,
            new PaymentTypeSettings(Named(ServerVariableCatalog.CreditCardPaymentType), Named(ServerVariableCatalog.BankDepositPaymentType)));
        return new LedgerEntryPush<Payment, Invoice, Models.InvoicePayment>(definition, context);
    }

    private static string Named(ServerVariable variable) => $"'{variable.DisplayName}' ({variable.Name})";

    /// <inheritdoc />
    public Task<IReadOnlyList<CheckFinding>> CheckAsync(ModuleContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Settings;
        IReadOnlyList<CheckFinding> findings = string.IsNullOrWhiteSpace(settings.CreditCardMethodId) && string.IsNullOrWhiteSpace(settings.BankDepositMethodId)
            ? [new CheckFinding(CheckSeverity.Error, "Payment methods", "Neither the Credit card method id nor the Bank deposit method id is set, so no payment can be given a ConnectWise payment type.",
                $"Set {ServerVariableCatalog.CreditCardMethodId.Name} and {ServerVariableCatalog.BankDepositMethodId.Name} to the BSS ids of those payment methods, or switch the Payments operations off.")]
            : [new CheckFinding(CheckSeverity.Ok, "Payment methods",
                $"Credit card method: {settings.CreditCardMethodId ?? "not set"} (sent as payment type '{settings.CreditCardPaymentType}'); bank deposit method: {settings.BankDepositMethodId ?? "not set"} (sent as payment type '{settings.BankDepositPaymentType}').")];
        return Task.FromResult(findings);
    }
}
