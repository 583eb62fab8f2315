using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Sync.Contacts;

/// <summary>ConnectWise's rules for a contact: a name, and communication values it can store.</summary>
internal static class ContactRules
{
    /// <summary>Checks a mapped contact.</summary>
    /// <param name="contact">The contact to send.</param>
    /// <returns>Every problem, each naming the field, the value and the fix.</returns>
    public static IReadOnlyList<string> Check(CwContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var rules = new FieldRules("contact")
            .MaxLength("firstName", "firstName", contact.FirstName, 30)
            .MaxLength("lastName", "lastName", contact.LastName, 30)
            .MaxLength("title", "jobTitle", contact.Title, 100);
        if (contact.FirstName is null && contact.LastName is null)
        {
            rules.Add("firstName or lastName is required, but the contact has neither; fill its name in the BSS.");
        }

        foreach (var item in contact.CommunicationItems ?? [])
        {
            rules.MaxLength($"communicationItems[{item.Type?.Name}]", item.Type?.Name?.ToLowerInvariant() ?? "value", item.Value, item.CommunicationType == "Email" ? 250 : 30);
            if (item.CommunicationType == "Email" && item.Value is { } email && (!email.Contains('@', StringComparison.Ordinal) || email.Contains(' ', StringComparison.Ordinal)))
            {
                rules.Add($"email '{email}' is not an e-mail address; correct the contact's email in the BSS.");
            }
        }

        return rules.Problems;
    }
}
