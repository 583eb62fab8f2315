using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps the plain fields of a BSS payment; the invoice and type are set by <see cref="InvoicePaymentMapper"/>.</summary>
internal sealed class PaymentProfile : Profile
{
    /// <summary>Initializes a new instance of the <see cref="PaymentProfile"/> class.</summary>
    public PaymentProfile()
    {
        CreateMap<Payment, InvoicePayment>(MemberList.None)
            .ForMember(p => p.Amount, o => o.MapFrom(r => r.Amount))
            .ForMember(p => p.PaymentDate, o => o.MapFrom((r, _) => BssDates.ToConnectWise(r.Date)))
            .ForMember(p => p.Id, o => o.Ignore())
            .ForMember(p => p.Type, o => o.Ignore())
            .ForMember(p => p.Invoice, o => o.Ignore())
            .ForMember(p => p.AppliedBy, o => o.Ignore())
            .ForMember(p => p.Info, o => o.Ignore());
    }
}
