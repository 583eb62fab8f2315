using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps the plain fields of a BSS account onto a ConnectWise company; references are set by <see cref="CompanyMapper"/>.</summary>
internal sealed class AccountProfile : Profile
{
    /// <summary>Initializes a new instance of the <see cref="AccountProfile"/> class.</summary>
    public AccountProfile()
    {
        CreateMap<Account, Company>(MemberList.None)
            .ForMember(c => c.Id, o => o.Ignore())
            .ForMember(c => c.Identifier, o => o.MapFrom((a, _) => Text.Clean(a.Code) ?? Text.Clean(a.Id)))
            .ForMember(c => c.Name, o => o.MapFrom((a, _) => Text.Clean(a.Name)))
            .ForMember(c => c.AddressLine1, o => o.MapFrom((a, _) => Text.Clean(a.BillingAddress?.Line1)))
            .ForMember(c => c.AddressLine2, o => o.MapFrom((a, _) => Text.Clean(a.BillingAddress?.Line2)))
            .ForMember(c => c.City, o => o.MapFrom((a, _) => Text.Clean(a.BillingAddress?.City)))
            .ForMember(c => c.State, o => o.MapFrom((a, _) => Text.Clean(a.BillingAddress?.State)))
            .ForMember(c => c.Zip, o => o.MapFrom((a, _) => Text.Clean(a.BillingAddress?.PostalCode)))
            .ForMember(c => c.PhoneNumber, o => o.MapFrom((a, _) => Text.Clean(a.Phone)))
            .ForMember(c => c.FaxNumber, o => o.MapFrom((a, _) => Text.Clean(a.Fax)))
            .ForMember(c => c.Website, o => o.MapFrom((a, _) => Text.Clean(a.Website)))
            .ForMember(c => c.Status, o => o.Ignore())
            .ForMember(c => c.Types, o => o.Ignore())
            .ForMember(c => c.Country, o => o.Ignore())
            .ForMember(c => c.Currency, o => o.Ignore())
            .ForMember(c => c.ParentCompany, o => o.Ignore())
            .ForMember(c => c.DefaultContact, o => o.Ignore())
            .ForMember(c => c.DeletedFlag, o => o.Ignore())
            .ForMember(c => c.Info, o => o.Ignore());
    }
}
