using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Documents;
using BssInvoice = Bss.IntegrationFramework.Invoice;
using Invoice = BssConnectWiseConnector.Models.Invoice;

namespace BssConnectWiseConnector.Sync.Invoices;

/// <summary>
/// Pushes BSS invoices as ConnectWise invoices, known by their <c>reference</c> (the BSS invoice number), with
/// their lines as procurement products of the invoice. A linked invoice is read before it is changed: once
/// ConnectWise has closed it (a closed billing status), the change is reported and not sent. What every document push
/// does is the engine's, which <see cref="InvoicesModule"/> composes with this definition.
/// </summary>
internal sealed class InvoicesPushDefinition : IHeaderWithLinesDefinition<BssInvoice, Invoice>
{
    private readonly Func<CancellationToken, Task<IReadOnlyList<BillingStatus>>> _billingStatuses;
    private readonly InvoiceMapper _mapper;
    private readonly ILookupTables _lookups;
    private readonly string _billableOption;

    /// <summary>Initializes a new instance of the <see cref="InvoicesPushDefinition"/> class.</summary>
    /// <param name="invoices">The invoices client.</param>
    /// <param name="billingStatuses">Reads the billing statuses (once per session).</param>
    /// <param name="mapper">The invoice mapper.</param>
    /// <param name="lookups">The lookup tables (invoice type and stage, currency).</param>
    /// <param name="billableOption">The Product Billable Option server variable, which every line carries.</param>
    public InvoicesPushDefinition(
        IResourceClient<Invoice> invoices,
        Func<CancellationToken, Task<IReadOnlyList<BillingStatus>>> billingStatuses,
        InvoiceMapper mapper,
        ILookupTables lookups,
        string billableOption)
    {
        Headers = invoices;
        _billingStatuses = billingStatuses;
        _mapper = mapper;
        _lookups = lookups;
        _billableOption = billableOption;
    }

    /// <inheritdoc />
    public IResourceClient<Invoice> Headers { get; }

    /// <inheritdoc />
    public string NaturalKeyField => "reference";

    /// <inheritdoc />
    public string Module => BssModules.Invoices;

    /// <inheritdoc />
    public string Entity => "invoice";

    /// <inheritdoc />
    public string RemoteName => "invoice";

    /// <inheritdoc />
    public IReadOnlyList<string> ManagedFields => InvoiceFields.Header;

    /// <inheritdoc />
    public string LineParent => "invoice";

    /// <inheritdoc />
    public IReadOnlyList<string> LineFields => InvoiceFields.Line;

    /// <inheritdoc />
    public bool ReadsBeforeUpdate => true;

    /// <inheritdoc />
    public string AccountIdOf(BssInvoice record) => record?.AccountId ?? string.Empty;

    /// <inheritdoc />
    public IEnumerable<string> ProductIdsOf(BssInvoice record) => record?.Lines.Select(l => l.ProductId) ?? [];

    /// <inheritdoc />
    public Task<MappedRecord<DocumentPayload<Invoice>>> MapAsync(BssInvoice record, int companyId, DocumentBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(batch);
        var (type, _, typeProblem) = InvoiceTypes.Resolve(_lookups, record.Type, record.Lines.Count > 0);
        var status = _lookups.Resolve(LookupNames.InvoiceStage, record.Stage);
        var currency = _lookups.Resolve(LookupNames.Currency, record.Currency);
        var reference = Text.Clean(record.Number);
        var rules = new FieldRules("invoice")
            .Required("reference", "number", reference)
            .MaxLength("reference", "number", reference, 50);
        var configuration = new List<string?> { typeProblem, status.Problem, currency.Problem };
        var lines = batch.MapLines(record.Lines, l => l.ProductId, "invoice", _billableOption, _mapper.MapLine, rules, configuration);

        var failed = MappedRecord<DocumentPayload<Invoice>>.FromProblems(rules.Problems, configuration.OfType<string>().ToArray());
        if (failed is not null)
        {
            return Task.FromResult(failed);
        }

        var header = _mapper.Map(record, new InvoiceMappingContext(companyId, type!, status.Id, currency.Id));
        return Task.FromResult(MappedRecord<DocumentPayload<Invoice>>.Ready(new DocumentPayload<Invoice>(header, lines), reference!));
    }

    /// <inheritdoc />
    public string? NaturalKeyOf(Invoice remote) => remote?.Reference;

    /// <inheritdoc />
    public int? IdOf(Invoice remote) => remote?.Id;

    /// <inheritdoc />
    public ProcurementProduct Attach(ProcurementProduct line, int documentId) => line with { Invoice = new Reference(documentId) };

    /// <inheritdoc />
    public async Task<string?> RefusalAsync(Invoice current, BssInvoice record, DocumentPayload<Invoice> desired, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(desired);
        var header = desired.Header;
        if (await RefusalAsync(current, cancellationToken).ConfigureAwait(false) is { } closed)
        {
            return closed;
        }

        var name = $"ConnectWise invoice #{current.Id} ({current.InvoiceNumber ?? current.Reference})";
        var fix = $"To apply it, delete {name} in ConnectWise and unlink the BSS invoice (or, for an invoice ConnectWise already had, change its reference), so that the next run creates it again; or change the BSS invoice back.";

        // A defaulted type follows the connector's default, which may differ from the one an older version created with: not a BSS change.
        var defaulted = InvoiceTypes.Resolve(_lookups, record.Type, record.Lines.Count > 0).IsDefault;
        if (!defaulted && current.Type is { } currentType && !string.Equals(currentType, header.Type, StringComparison.OrdinalIgnoreCase))
        {
            return $"The BSS invoice's type is now '{header.Type}' (BSS type '{record.Type?.Trim()}'), but {name} is a {currentType} invoice and ConnectWise cannot change an invoice's type once it is saved, so the change was not sent. {fix}";
        }

        if (current.Company?.Id is { } currentCompany && header.Company?.Id is { } desiredCompany && currentCompany != desiredCompany)
        {
            return $"The BSS invoice now belongs to account {record.AccountId} (ConnectWise company #{desiredCompany}), but {name} belongs to company #{currentCompany} ({current.Company.Name ?? "unnamed"}); the connector sets an invoice's company on create only, so the change was not sent. {fix}";
        }

        return null;
    }

    /// <inheritdoc />
    public async Task<string?> RefusalAsync(Invoice current, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(current);
        var status = current.Status;
        var closed = status?.IsClosed;
        if (closed is null && status?.Id is { } statusId)
        {
            // Older sites leave isClosed out of the reference: the status table says it.
            var statuses = await _billingStatuses(cancellationToken).ConfigureAwait(false);
            closed = statuses.FirstOrDefault(s => s.Id == statusId)?.ClosedFlag;
        }

        return closed == true
            ? $"ConnectWise invoice #{current.Id} ({current.InvoiceNumber ?? current.Reference}) is in the closed status '{status?.Name ?? status?.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture)}', so the connector no longer edits it and the BSS change was not sent. Reopen the invoice in ConnectWise to let the change through, or correct it in the BSS with a credit memo."
            : null;
    }
}
