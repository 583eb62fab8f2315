using BssConnectWiseConnector.Models;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Mapping;

/// <summary>
/// Maps a ConnectWise contact to a BSS contact for pulls, its communication items onto e-mail and numbers. Pure: no
/// I/O. Written out member by member rather than through AutoMapper (issue 16): a pull maps every record it reads,
/// and a Contacts pull that maps nothing else need not build the mapper's configuration at all.
/// </summary>
internal static class ContactFromCwContactMapper
{
    /// <summary>Maps a contact.</summary>
    /// <param name="contact">The ConnectWise contact.</param>
    /// <param name="bssId">The linked BSS id, or empty when the BSS does not have the contact yet.</param>
    /// <param name="accountId">The BSS id of the contact's account, or empty when its company is not linked.</param>
    /// <returns>The BSS contact.</returns>
    public static BssContact Map(CwContact contact, string bssId, string accountId)
    {
        ArgumentNullException.ThrowIfNull(contact);
        ContactCommunicationItem? email = null;
        ContactCommunicationItem? mobile = null;
        ContactCommunicationItem? fax = null;
        ContactCommunicationItem? phone = null;
        foreach (var item in contact.CommunicationItems ?? [])
        {
            // A mobile is told by its type's name, whatever its kind; a phone is a Phone item that is not a mobile.
            var isMobile = string.Equals(item.Type?.Name, CommunicationKinds.Mobile, StringComparison.OrdinalIgnoreCase);
            if (item.CommunicationType == "Email")
            {
                Choose(ref email, item);
            }

            if (isMobile)
            {
                Choose(ref mobile, item);
            }

            if (item.CommunicationType == "Fax")
            {
                Choose(ref fax, item);
            }

            if (item.CommunicationType == "Phone" && !isMobile)
            {
                Choose(ref phone, item);
            }
        }

        return new BssContact
        {
            Id = bssId,
            AccountId = accountId,
            FirstName = Text.Clean(contact.FirstName),
            LastName = Text.Clean(contact.LastName),
            JobTitle = Text.Clean(contact.Title),
            Email = Text.Clean(email?.Value),
            Phone = Text.Clean(phone?.Value),
            Mobile = Text.Clean(mobile?.Value),
            Fax = Text.Clean(fax?.Value),
        };
    }

    // The first default item of a kind wins over the others of that kind; without one, the first of the kind.
    private static void Choose(ref ContactCommunicationItem? chosen, ContactCommunicationItem item)
    {
        if (chosen is null || (chosen.DefaultFlag != true && item.DefaultFlag == true))
        {
            chosen = item;
        }
    }
}
