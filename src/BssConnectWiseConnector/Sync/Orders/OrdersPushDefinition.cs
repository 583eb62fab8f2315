using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Documents;

namespace BssConnectWiseConnector.Sync.Orders;

/// <summary>
/// Pushes BSS orders as ConnectWise sales orders, known by their description "BSS order {number}" (see
/// <see cref="SalesOrderMapper.MarkerOf"/>), with their lines as procurement products of the sales order; an order
/// deleted in the BSS is deleted in ConnectWise. What every document push does is the engine's, which
/// <see cref="OrdersModule"/> composes with this definition.
/// </summary>
internal sealed class OrdersPushDefinition : IHeaderWithLinesDefinition<Order, SalesOrder>
{
    private readonly SalesOrderMapper _mapper;
    private readonly ILookupTables _lookups;
    private readonly int? _salesRepresentativeId;
    private readonly string _billableOption;

    /// <summary>Initializes a new instance of the <see cref="OrdersPushDefinition"/> class.</summary>
    /// <param name="orders">The sales orders client.</param>
    /// <param name="mapper">The order mapper.</param>
    /// <param name="lookups">The lookup tables (order stage, currency).</param>
    /// <param name="salesRepresentativeId">The Sales Representative server variable: the member every sales order gets.</param>
    /// <param name="billableOption">The Product Billable Option server variable, which every line carries.</param>
    public OrdersPushDefinition(IResourceClient<SalesOrder> orders, SalesOrderMapper mapper, ILookupTables lookups, int? salesRepresentativeId, string billableOption)
    {
        Headers = orders;
        _mapper = mapper;
        _lookups = lookups;
        _salesRepresentativeId = salesRepresentativeId;
        _billableOption = billableOption;
    }

    /// <inheritdoc />
    public IResourceClient<SalesOrder> Headers { get; }

    /// <inheritdoc />
    public string NaturalKeyField => "description";

    /// <inheritdoc />
    public string Module => BssModules.Orders;

    /// <inheritdoc />
    public string Entity => "order";

    /// <inheritdoc />
    public string RemoteName => "sales order";

    /// <inheritdoc />
    public IReadOnlyList<string> ManagedFields => OrderFields.Header;

    /// <inheritdoc />
    public string LineParent => "salesOrder";

    /// <inheritdoc />
    public IReadOnlyList<string> LineFields => OrderFields.Line;

    /// <inheritdoc />
    public bool Deletes => true;

    /// <inheritdoc />
    public string AccountIdOf(Order record) => record?.AccountId ?? string.Empty;

    /// <inheritdoc />
    public string? ContactIdOf(Order record) => record?.ContactId;

    /// <inheritdoc />
    public IEnumerable<string> ProductIdsOf(Order record) => record?.Lines.Select(l => l.ProductId) ?? [];

    /// <inheritdoc />
    public Task<MappedRecord<DocumentPayload<SalesOrder>>> MapAsync(Order record, int companyId, DocumentBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(batch);
        var status = _lookups.Resolve(LookupNames.OrderStage, record.Stage);
        var currency = _lookups.Resolve(LookupNames.Currency, record.Currency);
        var rules = new FieldRules("order")
            .Required("status", "stage", record.Stage)
            .MaxLength("poNumber", "poNumber", Text.Clean(record.PoNumber), 50);
        var configuration = new List<string?> { status.Problem, currency.Problem };
        if (_salesRepresentativeId is null)
        {
            configuration.Add("salesRep is required, and the Sales Representative server variable is not set; set it to a member id.");
        }

        // ConnectWise requires a billable option on every procurement product, and the Product Billable Option server
        // variable is the only setting that names one, so order lines get it as invoice lines do.
        var lines = batch.MapLines(record.Lines, l => l.ProductId, "order", _billableOption, _mapper.MapLine, rules, configuration);

        var failed = MappedRecord<DocumentPayload<SalesOrder>>.FromProblems(rules.Problems, configuration.OfType<string>().ToArray());
        if (failed is not null)
        {
            return Task.FromResult(failed);
        }

        var marker = SalesOrderMapper.MarkerOf(record);
        var header = _mapper.Map(record, new OrderMappingContext(companyId, batch.Contact(record.ContactId), status.Id!.Value, _salesRepresentativeId!.Value, currency.Id, marker));
        return Task.FromResult(MappedRecord<DocumentPayload<SalesOrder>>.Ready(new DocumentPayload<SalesOrder>(header, lines), marker));
    }

    /// <inheritdoc />
    public string? NaturalKeyOf(SalesOrder remote) => remote?.Description;

    /// <inheritdoc />
    public int? IdOf(SalesOrder remote) => remote?.Id;

    /// <inheritdoc />
    public ProcurementProduct Attach(ProcurementProduct line, int documentId) => line with { SalesOrder = new Reference(documentId) };
}
