using AutoMapper;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps the plain fields of a BSS contact; company and communication items are set by <see cref="ContactMapper"/>.</summary>
internal sealed class ContactProfile : Profile
{
    /// <summary>Initializes a new instance of the <see cref="ContactProfile"/> class.</summary>
    public ContactProfile()
    {
        CreateMap<BssContact, CwContact>(MemberList.None)
            .ForMember(c => c.Id, o => o.Ignore())
            .ForMember(c => c.FirstName, o => o.MapFrom((b, _) => Text.Clean(b.FirstName)))
            .ForMember(c => c.LastName, o => o.MapFrom((b, _) => Text.Clean(b.LastName)))
            .ForMember(c => c.Title, o => o.MapFrom((b, _) => Text.Clean(b.JobTitle)))
            .ForMember(c => c.Company, o => o.Ignore())
            .ForMember(c => c.InactiveFlag, o => o.Ignore())
            .ForMember(c => c.DefaultFlag, o => o.Ignore())
            .ForMember(c => c.CommunicationItems, o => o.Ignore())
            .ForMember(c => c.Info, o => o.Ignore());
    }
}
