using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps the plain fields of a BSS order and its lines; references are set by <see cref="SalesOrderMapper"/>.</summary>
internal sealed class OrderProfile : Profile
{
    /// <summary>Initializes a new instance of the <see cref="OrderProfile"/> class.</summary>
    public OrderProfile()
    {
        CreateMap<Order, SalesOrder>(MemberList.None)
            .ForMember(s => s.PoNumber, o => o.MapFrom((r, _) => Text.Clean(r.PoNumber)))
            .ForMember(s => s.OrderDate, o => o.MapFrom((r, _) => BssDates.ToConnectWise(r.OrderDate)))
            .ForMember(s => s.DueDate, o => o.MapFrom((r, _) => BssDates.ToConnectWise(r.DueDate)))
            .ForMember(s => s.Id, o => o.Ignore())
            .ForMember(s => s.Company, o => o.Ignore())
            .ForMember(s => s.Contact, o => o.Ignore())
            .ForMember(s => s.Status, o => o.Ignore())
            .ForMember(s => s.SalesRep, o => o.Ignore())
            .ForMember(s => s.Currency, o => o.Ignore())
            .ForMember(s => s.Description, o => o.Ignore())
            .ForMember(s => s.Notes, o => o.Ignore())
            .ForMember(s => s.Total, o => o.Ignore())
            .ForMember(s => s.ProductIds, o => o.Ignore())
            .ForMember(s => s.Info, o => o.Ignore());

        CreateMap<OrderLine, ProcurementProduct>(MemberList.None)
            .ForMember(p => p.Description, o => o.MapFrom((l, _) => Text.Clean(l.Description)))
            .ForMember(p => p.CustomerDescription, o => o.MapFrom((l, _) => Text.Clean(l.Description)))
            .ForMember(p => p.Quantity, o => o.MapFrom(l => l.Quantity))
            .ForMember(p => p.Price, o => o.MapFrom(l => l.UnitPrice))
            .ForMember(p => p.Cost, o => o.MapFrom(l => l.UnitCost))
            .IgnoreLineReferences();
    }
}
