using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Documents;
using BssConnectWiseConnector.Sync.Pipeline;

namespace BssConnectWiseConnector.Sync.Orders;

/// <summary>
/// Pushes BSS orders as ConnectWise sales orders, known by their description "BSS order {number}" (see
/// <see cref="SalesOrderMapper.MarkerOf"/>), with their lines as procurement products of the sales order.
/// </summary>
internal sealed class OrdersPushModule : HeaderWithLinesPush<Order, SalesOrder>
{
    private readonly IResourceClient<SalesOrder> _orders;
    private readonly IResourceClient<ProcurementProduct> _lines;
    private readonly SalesOrderMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="OrdersPushModule"/> class.</summary>
    /// <param name="orders">The sales orders client.</param>
    /// <param name="lines">The procurement products client.</param>
    /// <param name="mapper">The order mapper.</param>
    /// <param name="context">The session's shared context.</param>
    /// <param name="accounts">Gets the Accounts push handler, to push a missing account first.</param>
    public OrdersPushModule(IResourceClient<SalesOrder> orders, IResourceClient<ProcurementProduct> lines, SalesOrderMapper mapper, ModuleContext context, Func<IPushModule<Account>?> accounts)
        : base(context, accounts)
    {
        _orders = orders;
        _lines = lines;
        _mapper = mapper;
        Lines = new LineReconciler(lines, "salesOrder/id", OrderFields.Line);
    }

    /// <inheritdoc />
    protected override string Module => BssModules.Orders;

    /// <inheritdoc />
    protected override string Entity => "order";

    /// <inheritdoc />
    protected override string RemoteName => "sales order";

    /// <inheritdoc />
    protected override IReadOnlyList<string> ManagedFields => OrderFields.Header;

    /// <inheritdoc />
    protected override LineReconciler Lines { get; }

    /// <inheritdoc />
    protected override string AccountIdOf(Order record) => record?.AccountId ?? string.Empty;

    /// <inheritdoc />
    protected override string? ContactIdOf(Order record) => record?.ContactId;

    /// <inheritdoc />
    protected override IEnumerable<string> ProductIdsOf(Order record) => record?.Lines.Select(l => l.ProductId) ?? [];

    /// <inheritdoc />
    protected override Task<MappedRecord<DocumentPayload<SalesOrder>>> MapAsync(PushItem<Order> item, IntegrationLink? link, DocumentBatch references, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Map(item?.Record ?? throw new ArgumentNullException(nameof(item)), references));

    private MappedRecord<DocumentPayload<SalesOrder>> Map(Order record, DocumentBatch batch)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(batch);
        var company = batch.Company(record.AccountId);
        if (company.FailureKind is { } companyKind)
        {
            return MappedRecord<DocumentPayload<SalesOrder>>.Failed(companyKind, company.Reason ?? "The order's account is not linked.");
        }

        // Without an id, the account is one a dry run would push first (Pending): the order is planned against it.
        var companyId = company.RemoteId ?? 0;

        var settings = Context.Settings;
        var status = Context.Lookups.Resolve(LookupNames.OrderStage, record.Stage);
        var currency = Context.Lookups.Resolve(LookupNames.Currency, record.Currency);
        var rules = new FieldRules("order")
            .Required("status", "stage", record.Stage)
            .MaxLength("poNumber", "poNumber", Text.Clean(record.PoNumber), 50);
        var configuration = new List<string?> { status.Problem, currency.Problem };
        if (settings.SalesRepresentativeId is null)
        {
            configuration.Add("salesRep is required, and the Sales Representative server variable is not set; set it to a member id.");
        }

        // ConnectWise requires a billable option on every procurement product, and the Product Billable Option server
        // variable is the only setting that names one, so order lines get it as invoice lines do.
        var billable = settings.ProductBillableOption.ToString();
        var lines = new List<ProcurementProduct>(record.Lines.Count);
        for (var index = 0; index < record.Lines.Count; index++)
        {
            var line = record.Lines[index];
            var (catalogItem, kind, problem) = batch.CatalogItem(line.ProductId, index + 1, "order");
            if (catalogItem is { } item)
            {
                lines.Add(_mapper.MapLine(line, new LineMappingContext(item, billable, index + 1)));
            }
            else
            {
                if (kind == FailureKind.Data)
                {
                    rules.Add(problem);
                }
                else
                {
                    configuration.Add(problem);
                }
            }
        }

        var failed = MappedRecord<DocumentPayload<SalesOrder>>.FromProblems(rules.Problems, configuration.OfType<string>().ToArray());
        if (failed is not null)
        {
            return failed;
        }

        var marker = SalesOrderMapper.MarkerOf(record);
        var header = _mapper.Map(record, new OrderMappingContext(companyId, batch.Contact(record.ContactId), status.Id!.Value, settings.SalesRepresentativeId!.Value, currency.Id, marker));
        return MappedRecord<DocumentPayload<SalesOrder>>.Ready(new DocumentPayload<SalesOrder>(header, lines), marker);
    }

    /// <inheritdoc />
    protected override Task<IReadOnlyList<SalesOrder>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        _orders.FindInAsync("description", naturalKeys.Cast<object>().ToArray(), cancellationToken: cancellationToken);

    /// <inheritdoc />
    protected override string? NaturalKeyOf(SalesOrder remote) => remote?.Description;

    /// <inheritdoc />
    protected override int? IdOf(SalesOrder remote) => remote?.Id;

    /// <inheritdoc />
    protected override Task<SalesOrder?> GetAsync(int id, CancellationToken cancellationToken) => _orders.GetAsync(id, cancellationToken);

    /// <inheritdoc />
    protected override Task<SalesOrder> CreateAsync(SalesOrder header, CancellationToken cancellationToken) => _orders.CreateAsync(header, cancellationToken);

    /// <inheritdoc />
    protected override Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken) =>
        _orders.PatchAsync(id, operations, cancellationToken);

    /// <inheritdoc />
    protected override ProcurementProduct Attach(ProcurementProduct line, int documentId) => line with { SalesOrder = new Reference(documentId) };

    /// <inheritdoc />
    protected override async Task<PushResult> DeleteAsync(PushItem<Order> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        if (link is null || !int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Result(item, PushOutcome.Skipped, null, "The order was never pushed, so there is no sales order to delete.");
        }

        // The lines go first: a procurement product left without its sales order would still show in procurement.
        var lines = await Lines.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        if (!options.DryRun)
        {
            foreach (var line in lines)
            {
                if (line.Id is { } lineId)
                {
                    await DeleteIfThereAsync(_lines, lineId, cancellationToken).ConfigureAwait(false);
                }
            }

            await DeleteIfThereAsync(_orders, id, cancellationToken).ConfigureAwait(false);
            await Context.Links.RemoveAsync(Module, item.Record.Id, cancellationToken).ConfigureAwait(false);
        }

        return Result(item, PushOutcome.Updated, link.RemoteId,
            string.Create(CultureInfo.InvariantCulture, $"Deleted in the BSS: sales order #{id} and its {lines.Count} {(lines.Count == 1 ? "line is" : "lines are")} deleted in ConnectWise."),
            [new FieldChange("salesOrder", link.RemoteId, null)]);
    }

    private static async Task DeleteIfThereAsync<T>(IResourceClient<T> client, int id, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await client.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseNotFoundException)
        {
            // Already gone, which is what was asked.
        }
    }
}
