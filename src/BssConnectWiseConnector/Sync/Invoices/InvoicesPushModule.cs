using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Documents;
using BssConnectWiseConnector.Sync.Pipeline;
using BssInvoice = Bss.IntegrationFramework.Invoice;
using Invoice = BssConnectWiseConnector.Models.Invoice;

namespace BssConnectWiseConnector.Sync.Invoices;

/// <summary>
/// Pushes BSS invoices as ConnectWise invoices, known by their <c>reference</c> (the BSS invoice number), with
/// their lines as procurement products of the invoice. A linked invoice is read before it is changed: once
/// ConnectWise has closed it (a closed billing status), the change is reported and not sent.
/// </summary>
internal sealed class InvoicesPushModule : HeaderWithLinesPush<BssInvoice, Invoice>
{
    private readonly IResourceClient<Invoice> _invoices;
    private readonly Func<CancellationToken, Task<IReadOnlyList<BillingStatus>>> _billingStatuses;
    private readonly InvoiceMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="InvoicesPushModule"/> class.</summary>
    /// <param name="invoices">The invoices client.</param>
    /// <param name="lines">The procurement products client.</param>
    /// <param name="billingStatuses">Reads the billing statuses (once per session).</param>
    /// <param name="mapper">The invoice mapper.</param>
    /// <param name="context">The session's shared context.</param>
    /// <param name="accounts">Gets the Accounts push handler, to push a missing account first.</param>
    public InvoicesPushModule(
        IResourceClient<Invoice> invoices,
        IResourceClient<ProcurementProduct> lines,
        Func<CancellationToken, Task<IReadOnlyList<BillingStatus>>> billingStatuses,
        InvoiceMapper mapper,
        ModuleContext context,
        Func<IPushModule<Account>?> accounts)
        : base(context, accounts)
    {
        _invoices = invoices;
        _billingStatuses = billingStatuses;
        _mapper = mapper;
        Lines = new LineReconciler(lines, "invoice/id", InvoiceFields.Line);
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Invoices;

    /// <inheritdoc />
    protected override string Entity => "invoice";

    /// <inheritdoc />
    protected override string RemoteName => "invoice";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ManagedFields => InvoiceFields.Header;

    /// <inheritdoc />
    protected override LineReconciler Lines { get; }

    /// <inheritdoc />
    protected override bool ReadsBeforeUpdate => true;

    /// <inheritdoc />
    protected override string AccountIdOf(BssInvoice record) => record?.AccountId ?? string.Empty;

    /// <inheritdoc />
    protected override IEnumerable<string> ProductIdsOf(BssInvoice record) => record?.Lines.Select(l => l.ProductId) ?? [];

    /// <inheritdoc />
    protected override Task<MappedRecord<DocumentPayload<Invoice>>> MapAsync(PushItem<BssInvoice> item, IntegrationLink? link, DocumentBatch references, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Map(item?.Record ?? throw new ArgumentNullException(nameof(item)), references));

    private MappedRecord<DocumentPayload<Invoice>> Map(BssInvoice record, DocumentBatch batch)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(batch);
        var company = batch.Company(record.AccountId);
        if (company.FailureKind is { } companyKind)
        {
            return MappedRecord<DocumentPayload<Invoice>>.Failed(companyKind, company.Reason ?? "The invoice's account is not linked.");
        }

        // Without an id, the account is one a dry run would push first (Pending): the invoice is planned against it.
        var companyId = company.RemoteId ?? 0;

        var (type, _, typeProblem) = InvoiceTypes.Resolve(Context.Lookups, record.Type, record.Lines.Count > 0);
        var status = Context.Lookups.Resolve(LookupNames.InvoiceStage, record.Stage);
        var currency = Context.Lookups.Resolve(LookupNames.Currency, record.Currency);
        var reference = Text.Clean(record.Number);
        var rules = new FieldRules("invoice")
            .Required("reference", "number", reference)
            .MaxLength("reference", "number", reference, 50);
        var configuration = new List<string?> { typeProblem, status.Problem, currency.Problem };
        var billable = Context.Settings.ProductBillableOption.ToString();
        var lines = new List<ProcurementProduct>(record.Lines.Count);
        for (var index = 0; index < record.Lines.Count; index++)
        {
            var (catalogItem, kind, problem) = batch.CatalogItem(record.Lines[index].ProductId, index + 1, "invoice");
            if (catalogItem is { } item)
            {
                lines.Add(_mapper.MapLine(record.Lines[index], new LineMappingContext(item, billable, index + 1)));
            }
            else if (kind == FailureKind.Data)
            {
                rules.Add(problem);
            }
            else
            {
                configuration.Add(problem);
            }
        }

        var failed = MappedRecord<DocumentPayload<Invoice>>.FromProblems(rules.Problems, configuration.OfType<string>().ToArray());
        if (failed is not null)
        {
            return failed;
        }

        var header = _mapper.Map(record, new InvoiceMappingContext(companyId, type!, status.Id, currency.Id));
        return MappedRecord<DocumentPayload<Invoice>>.Ready(new DocumentPayload<Invoice>(header, lines), reference!);
    }

    /// <inheritdoc />
    protected override Task<IReadOnlyList<Invoice>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        _invoices.FindInAsync("reference", naturalKeys.Cast<object>().ToArray(), cancellationToken: cancellationToken);

    /// <inheritdoc />
    protected override string? NaturalKeyOf(Invoice remote) => remote?.Reference;

    /// <inheritdoc />
    protected override int? IdOf(Invoice remote) => remote?.Id;

    /// <inheritdoc />
    protected override Task<Invoice?> GetAsync(int id, CancellationToken cancellationToken) => _invoices.GetAsync(id, cancellationToken);

    /// <inheritdoc />
    protected override Task<Invoice> CreateAsync(Invoice header, CancellationToken cancellationToken) => _invoices.CreateAsync(header, cancellationToken);

    /// <inheritdoc />
    protected override Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken) =>
        _invoices.PatchAsync(id, operations, cancellationToken);

    /// <inheritdoc />
    protected override ProcurementProduct Attach(ProcurementProduct line, int documentId) => line with { Invoice = new Reference(documentId) };

    /// <inheritdoc />
    protected override async Task<string?> RefusalAsync(Invoice current, BssInvoice record, DocumentPayload<Invoice> desired, CancellationToken cancellationToken)
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
        var defaulted = InvoiceTypes.Resolve(Context.Lookups, record.Type, record.Lines.Count > 0).IsDefault;
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
    protected override async Task<string?> RefusalAsync(Invoice current, CancellationToken cancellationToken)
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
