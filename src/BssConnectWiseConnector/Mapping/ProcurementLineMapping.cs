using AutoMapper;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>What order and invoice lines share when they become procurement products.</summary>
internal static class ProcurementLineMapping
{
    /// <summary>
    /// Leaves out the fields a line's references fill (catalog item, billable option, the document it belongs to,
    /// company, position) and the ones ConnectWise assigns; the mappers set the references after mapping.
    /// </summary>
    /// <typeparam name="TLine">The BSS line type.</typeparam>
    /// <param name="map">The line's map.</param>
    /// <returns>The map.</returns>
    public static IMappingExpression<TLine, ProcurementProduct> IgnoreLineReferences<TLine>(this IMappingExpression<TLine, ProcurementProduct> map) =>
        map.ForMember(p => p.Id, o => o.Ignore())
            .ForMember(p => p.CatalogItem, o => o.Ignore())
            .ForMember(p => p.BillableOption, o => o.Ignore())
            .ForMember(p => p.SalesOrder, o => o.Ignore())
            .ForMember(p => p.Invoice, o => o.Ignore())
            .ForMember(p => p.Company, o => o.Ignore())
            .ForMember(p => p.SequenceNumber, o => o.Ignore())
            .ForMember(p => p.Info, o => o.Ignore());
}
