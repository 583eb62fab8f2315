using System.Globalization;
using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps a BSS order and its lines to the ConnectWise sales order and procurement products the connector sends. Pure: no I/O.</summary>
internal sealed class SalesOrderMapper
{
    private readonly IMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="SalesOrderMapper"/> class.</summary>
    /// <param name="mapper">The configured mapper.</param>
    public SalesOrderMapper(IMapper mapper)
    {
        _mapper = mapper;
    }

    /// <summary>
    /// The text a sales order carries in its <c>description</c> so the connector can find it again. ConnectWise gives
    /// sales orders no unique number the API can set: <c>poNumber</c> belongs to the customer, <c>notes</c> is free
    /// text people append to, and a custom field would need an administrator to create it first. The description is
    /// short, set only by the connector, and can be matched exactly with an <c>in</c> condition, so it is the
    /// durable marker; it is a managed field, so a hand edit is put back on the next change.
    /// </summary>
    /// <param name="order">The order.</param>
    /// <returns>"BSS order {number}", or the BSS id when the order has no number.</returns>
    public static string MarkerOf(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return string.Create(CultureInfo.InvariantCulture, $"BSS order {Text.Clean(order.Number) ?? order.Id}");
    }

    /// <summary>Maps an order's header.</summary>
    /// <param name="order">The order.</param>
    /// <param name="context">The resolved references.</param>
    /// <returns>The sales order to send.</returns>
    public SalesOrder Map(Order order, OrderMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(context);
        return _mapper.Map<SalesOrder>(order) with
        {
            Company = new Reference(context.CompanyId),
            Contact = context.ContactId is { } contact ? new Reference(contact) : null,
            Status = new Reference(context.StatusId),
            SalesRep = new Reference(context.SalesRepId),
            Currency = context.CurrencyId is { } currency ? new Reference(currency) : null,
            Description = context.Marker,
        };
    }

    /// <summary>Maps an order line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="context">The resolved references.</param>
    /// <returns>The procurement product to attach to the sales order.</returns>
    public ProcurementProduct MapLine(OrderLine line, LineMappingContext context)
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
