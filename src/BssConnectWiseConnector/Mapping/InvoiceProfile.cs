using AutoMapper;
using BssConnectWiseConnector.Models;
using BssInvoice = Bss.IntegrationFramework.Invoice;
using BssInvoiceLine = Bss.IntegrationFramework.InvoiceLine;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps the plain fields of a BSS invoice and its lines; references are set by <see cref="InvoiceMapper"/>.</summary>
internal sealed class InvoiceProfile : Profile
{
    /// <summary>Initializes a new instance of the <see cref="InvoiceProfile"/> class.</summary>
    public InvoiceProfile()
    {
        CreateMap<BssInvoice, Invoice>(MemberList.None)
            .ForMember(i => i.Reference, o => o.MapFrom((r, _) => Text.Clean(r.Number)))
            .ForMember(i => i.Date, o => o.MapFrom((r, _) => BssDates.ToConnectWise(r.Date)))
            .ForMember(i => i.DueDate, o => o.MapFrom((r, _) => BssDates.ToConnectWise(r.DueDate)))
            .ForMember(i => i.Id, o => o.Ignore())
            .ForMember(i => i.InvoiceNumber, o => o.Ignore())
            .ForMember(i => i.Type, o => o.Ignore())
            .ForMember(i => i.Status, o => o.Ignore())
            .ForMember(i => i.Company, o => o.Ignore())
            .ForMember(i => i.BillToCompany, o => o.Ignore())
            .ForMember(i => i.CustomerPO, o => o.Ignore())
            .ForMember(i => i.Currency, o => o.Ignore())
            .ForMember(i => i.SalesOrder, o => o.Ignore())
            .ForMember(i => i.Total, o => o.Ignore())
            .ForMember(i => i.Balance, o => o.Ignore())
            .ForMember(i => i.Payments, o => o.Ignore())
            .ForMember(i => i.Info, o => o.Ignore());

        CreateMap<BssInvoiceLine, ProcurementProduct>(MemberList.None)
            .ForMember(p => p.Description, o => o.MapFrom((l, _) => Text.Clean(l.Description)))
            .ForMember(p => p.CustomerDescription, o => o.MapFrom((l, _) => Text.Clean(l.Description)))
            .ForMember(p => p.Quantity, o => o.MapFrom(l => l.Quantity))
            .ForMember(p => p.Price, o => o.MapFrom(l => l.UnitPrice))
            .ForMember(p => p.Cost, o => o.Ignore())
            .IgnoreLineReferences();
    }
}
