using AutoMapper;
using BssConnectWiseConnector.Models;
using BssInvoice = Bss.IntegrationFramework.Invoice;
using BssInvoiceLine = Bss.IntegrationFramework.InvoiceLine;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps a BSS invoice and its lines to the ConnectWise invoice and procurement products the connector sends. Pure: no I/O.</summary>
internal sealed class InvoiceMapper
{
    private readonly IMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="InvoiceMapper"/> class.</summary>
    /// <param name="mapper">The configured mapper.</param>
    public InvoiceMapper(IMapper mapper)
    {
        _mapper = mapper;
    }

    /// <summary>Maps an invoice's header; the BSS invoice number becomes the <c>reference</c>.</summary>
    /// <param name="invoice">The invoice.</param>
    /// <param name="context">The resolved references.</param>
    /// <returns>The invoice to send.</returns>
    public Invoice Map(BssInvoice invoice, InvoiceMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(context);
        return _mapper.Map<Invoice>(invoice) with
        {
            Company = new Reference(context.CompanyId),
            Type = context.Type,
            Status = context.StatusId is { } status ? new BillingStatusReference { Id = status } : null,
            Currency = context.CurrencyId is { } currency ? new Reference(currency) : null,
        };
    }

    /// <summary>Maps an invoice line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="context">The resolved references.</param>
    /// <returns>The procurement product to attach to the invoice.</returns>
    public ProcurementProduct MapLine(BssInvoiceLine line, LineMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(context);
        return _mapper.Map<ProcurementProduct>(line) with
        {
            CatalogItem = new Reference(context.CatalogItemId),
            BillableOption = context.BillableOption,
            SequenceNumber = context.SequenceNumber,
        };
    }
}
