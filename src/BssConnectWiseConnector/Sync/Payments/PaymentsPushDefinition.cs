using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Payments;

/// <summary>
/// Pushes BSS payments as payments of the linked ConnectWise invoice, typed by the payment method
/// (<see cref="PaymentTypes"/>). ConnectWise keeps no reference on a payment, so amount and date are the whole key
/// by which one the invoice already has is adopted. What every ledger push does (never patched, one invoice's payments
/// in turn, adopted rather than applied twice) is the engine's, which <see cref="PaymentsModule"/> composes with this
/// definition.
/// </summary>
internal sealed class PaymentsPushDefinition : ILedgerEntryDefinition<Payment, InvoicePayment>
{
    private readonly Func<int, IResourceClient<InvoicePayment>> _payments;
    private readonly InvoicePaymentMapper _mapper;
    private readonly ConnectWiseSettings _settings;
    private readonly PaymentTypeSettings _typeSettings;

    /// <summary>Initializes a new instance of the <see cref="PaymentsPushDefinition"/> class.</summary>
    /// <param name="payments">Gets the payments client of an invoice.</param>
    /// <param name="mapper">The payment mapper.</param>
    /// <param name="settings">The settings (the payment methods and the types sent for them).</param>
    /// <param name="typeSettings">How reasons name the server variables that hold the payment types.</param>
    public PaymentsPushDefinition(Func<int, IResourceClient<InvoicePayment>> payments, InvoicePaymentMapper mapper, ConnectWiseSettings settings, PaymentTypeSettings typeSettings)
    {
        _payments = payments;
        _mapper = mapper;
        _settings = settings;
        _typeSettings = typeSettings;
    }

    /// <inheritdoc />
    public string Module => BssModules.Payments;

    /// <inheritdoc />
    public string Entity => "payment";

    /// <inheritdoc />
    public string ParentModule => BssModules.Invoices;

    /// <inheritdoc />
    public string ParentEntity => "invoice";

    /// <inheritdoc />
    public string? ParentIdOf(Payment record) => record?.InvoiceId;

    /// <inheritdoc />
    public Task<MappedRecord<InvoicePayment>> MapAsync(Payment record, int parentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var data = new FieldRules("payment").Add(record.Amount <= 0 ? "amount must be more than 0; fix the payment's amount in the BSS." : null)
            .Add(record.Date is null ? "paymentDate is required, but the payment's date is empty; fill it in the BSS." : null)
            .Add(string.IsNullOrWhiteSpace(record.PaymentMethodId) ? "The payment has no payment method; fill its paymentMethodId in the BSS." : null).Problems;
        var (type, problem) = data.Count == 0 ? PaymentTypes.Resolve(_settings, record.PaymentMethodId) : (null, null);
        if (MappedRecord<InvoicePayment>.FromProblems(data, problem is null ? [] : [problem]) is { } failed)
        {
            return Task.FromResult(failed);
        }

        var payment = _mapper.Map(record, new PaymentMappingContext(parentId, type!));
        return Task.FromResult(MappedRecord<InvoicePayment>.Ready(payment, Describe(payment)));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<InvoicePayment>> ReadAsync(int parentId, CancellationToken cancellationToken)
    {
        var all = new List<InvoicePayment>();
        await foreach (var payment in _payments(parentId).ListAsync(new ListQuery { ForwardOnly = true }, cancellationToken).ConfigureAwait(false))
        {
            all.Add(payment);
        }

        return all;
    }

    /// <inheritdoc />
    public Task<InvoicePayment> CreateAsync(int parentId, InvoicePayment entry, CancellationToken cancellationToken) =>
        _payments(parentId).CreateAsync(entry, cancellationToken);

    /// <inheritdoc />
    public int? IdOf(InvoicePayment entry) => entry?.Id;

    /// <inheritdoc />
    public bool IsSame(InvoicePayment remote, InvoicePayment desired) =>
        remote?.Amount == desired?.Amount && remote?.PaymentDate?.UtcDateTime.Date == desired?.PaymentDate?.UtcDateTime.Date;

    /// <inheritdoc />
    public string Describe(InvoicePayment entry) => string.Create(
        CultureInfo.InvariantCulture, $"{entry?.Amount} on {entry?.PaymentDate:yyyy-MM-dd}");

    /// <inheritdoc />
    public FieldChange PlannedChange(InvoicePayment entry) => new("payment", null, $"{entry?.Type} {Describe(entry!)}");

    /// <inheritdoc />
    public string? SettingProblemOf(ConnectWiseValidationException refusal, InvoicePayment entry)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(entry);

        // The type values are a setting because no source lists ConnectWise's: say which one to change, and to what.
        var said = refusal.Errors.FirstOrDefault(d => string.Equals(d.Field, "type", StringComparison.OrdinalIgnoreCase));
        return said is null
            ? null
            : $"ConnectWise refused the payment type '{entry.Type}' ({said.Message ?? refusal.Message}); nothing was applied. Set the server variable {PaymentTypes.SettingOf(_settings, entry.Type, _typeSettings)} "
                + "to a type this site accepts: the type of a payment entered by hand in ConnectWise (the conformance command lists them).";
    }
}
