using AutoMapper;
using BssConnectWiseConnector.Models;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Mapping;

/// <summary>Maps a BSS contact to the ConnectWise contact the connector sends. Pure: no I/O.</summary>
internal sealed class ContactMapper
{
    /// <summary>The communication types the connector owns.</summary>
    public static readonly IReadOnlyList<string> OwnedTypes = [CommunicationKinds.Email, CommunicationKinds.Direct, CommunicationKinds.Mobile, CommunicationKinds.Fax];

    private readonly IMapper _mapper;

    /// <summary>Initializes a new instance of the <see cref="ContactMapper"/> class.</summary>
    /// <param name="mapper">The configured mapper.</param>
    public ContactMapper(IMapper mapper)
    {
        _mapper = mapper;
    }

    /// <summary>Maps a contact.</summary>
    /// <param name="contact">The BSS contact.</param>
    /// <param name="context">The resolved references.</param>
    /// <returns>The contact to send.</returns>
    public CwContact Map(BssContact contact, ContactMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ArgumentNullException.ThrowIfNull(context);
        var items = CommunicationKinds.MarkDefaults(new[]
        {
            CommunicationKinds.Item(CommunicationKinds.Email, contact.Email),
            CommunicationKinds.Item(CommunicationKinds.Direct, contact.Phone),
            CommunicationKinds.Item(CommunicationKinds.Mobile, contact.Mobile),
            CommunicationKinds.Item(CommunicationKinds.Fax, contact.Fax),
        }.OfType<ContactCommunicationItem>());
        return _mapper.Map<CwContact>(contact) with
        {
            Company = new Reference(context.CompanyId),
            CommunicationItems = items.Count == 0 ? null : items,
        };
    }
}
