using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>
/// Maps the plain fields of a BSS subscription onto a ConnectWise agreement addition (seats, price and cost per seat,
/// start, descriptions); the product, billable option and cancellation are set by <see cref="AdditionMapper"/>.
/// </summary>
internal sealed class SubscriptionProfile : Profile
{
    /// <summary>Initializes a new instance of the <see cref="SubscriptionProfile"/> class.</summary>
    public SubscriptionProfile()
    {
        CreateMap<Subscription, Addition>(MemberList.None)
            .ForMember(a => a.Id, o => o.Ignore())
            .ForMember(a => a.Quantity, o => o.MapFrom((s, _) => s.Quantity))
            .ForMember(a => a.UnitPrice, o => o.MapFrom((s, _) => s.UnitPrice))
            .ForMember(a => a.UnitCost, o => o.MapFrom((s, _) => s.UnitCost))
            .ForMember(a => a.EffectiveDate, o => o.MapFrom((s, _) => AdditionMapper.ToConnectWise(s.StartDate)))

            // The description carries the BSS id, so a person (and adoption, without custom fields) can tell whose seats these are.
            .ForMember(a => a.Description, o => o.MapFrom((s, _) => AdditionMapper.DescriptionOf(s)))
            .ForMember(a => a.InvoiceDescription, o => o.MapFrom((s, _) => AdditionMapper.NameOf(s)))
            .ForMember(a => a.Product, o => o.Ignore())
            .ForMember(a => a.LessIncluded, o => o.Ignore())
            .ForMember(a => a.BillCustomer, o => o.Ignore())
            .ForMember(a => a.CancelledDate, o => o.Ignore())
            .ForMember(a => a.TaxableFlag, o => o.Ignore())
            .ForMember(a => a.AgreementId, o => o.Ignore())
            .ForMember(a => a.CustomFields, o => o.Ignore())
            .ForMember(a => a.Info, o => o.Ignore());
    }
}
