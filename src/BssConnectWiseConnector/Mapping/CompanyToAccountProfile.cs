using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps the plain fields of a ConnectWise company back onto a BSS account; references are set by <see cref="AccountFromCompanyMapper"/>.</summary>
internal sealed class CompanyToAccountProfile : Profile
{
    /// <summary>Initializes a new instance of the <see cref="CompanyToAccountProfile"/> class.</summary>
    public CompanyToAccountProfile()
    {
        CreateMap<Company, Account>(MemberList.None)
            .ForMember(a => a.Id, o => o.Ignore())
            .ForMember(a => a.Code, o => o.MapFrom((c, _) => Text.Clean(c.Identifier)))
            .ForMember(a => a.Name, o => o.MapFrom((c, _) => Text.Clean(c.Name) ?? string.Empty))
            .ForMember(a => a.Phone, o => o.MapFrom((c, _) => Text.Clean(c.PhoneNumber)))
            .ForMember(a => a.Fax, o => o.MapFrom((c, _) => Text.Clean(c.FaxNumber)))
            .ForMember(a => a.Website, o => o.MapFrom((c, _) => Text.Clean(c.Website)))
            .ForMember(a => a.BillingAddress, o => o.MapFrom((c, _) => Address(c)))
            .ForMember(a => a.Type, o => o.Ignore())
            .ForMember(a => a.Currency, o => o.Ignore())
            .ForMember(a => a.ParentAccountId, o => o.Ignore())
            .ForMember(a => a.PrimaryContactId, o => o.Ignore());
    }

    private static Address? Address(Company company)
    {
        var address = new Address
        {
            Line1 = Text.Clean(company.AddressLine1),
            Line2 = Text.Clean(company.AddressLine2),
            City = Text.Clean(company.City),
            State = Text.Clean(company.State),
            PostalCode = Text.Clean(company.Zip),
            Country = Text.Clean(company.Country?.Name),
        };
        return address == new Address() ? null : address;
    }
}
