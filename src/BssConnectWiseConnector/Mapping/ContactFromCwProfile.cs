using AutoMapper;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps a ConnectWise contact back onto a BSS contact, its communication items onto e-mail and numbers.</summary>
internal sealed class ContactFromCwProfile : Profile
{
    /// <summary>Initializes a new instance of the <see cref="ContactFromCwProfile"/> class.</summary>
    public ContactFromCwProfile()
    {
        CreateMap<CwContact, BssContact>(MemberList.None)
            .ForMember(b => b.Id, o => o.Ignore())
            .ForMember(b => b.AccountId, o => o.Ignore())
            .ForMember(b => b.FirstName, o => o.MapFrom((c, _) => Text.Clean(c.FirstName)))
            .ForMember(b => b.LastName, o => o.MapFrom((c, _) => Text.Clean(c.LastName)))
            .ForMember(b => b.JobTitle, o => o.MapFrom((c, _) => Text.Clean(c.Title)))
            .ForMember(b => b.Email, o => o.MapFrom((c, _) => Item(c, i => i.CommunicationType == "Email")))
            .ForMember(b => b.Mobile, o => o.MapFrom((c, _) => Item(c, i => Is(i, CommunicationKinds.Mobile))))
            .ForMember(b => b.Fax, o => o.MapFrom((c, _) => Item(c, i => i.CommunicationType == "Fax")))
            .ForMember(b => b.Phone, o => o.MapFrom((c, _) => Item(c, i => i.CommunicationType == "Phone" && !Is(i, CommunicationKinds.Mobile))));
    }

    private static bool Is(Models.ContactCommunicationItem item, string type) =>
        string.Equals(item.Type?.Name, type, StringComparison.OrdinalIgnoreCase);

    // The default item of a kind wins over others of the same kind.
    private static string? Item(CwContact contact, Func<Models.ContactCommunicationItem, bool> kind) =>
        Text.Clean((contact.CommunicationItems ?? []).Where(kind).OrderByDescending(i => i.DefaultFlag == true).FirstOrDefault()?.Value);
}
