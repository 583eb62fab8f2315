using System.Globalization;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Sync.Contacts;

/// <summary>
/// The natural keys of a contact: its company with its e-mail address, or, without one, its company with its
/// name. A ConnectWise contact can be matched by each of its e-mail addresses and by its name.
/// </summary>
internal static class ContactKeys
{
    /// <summary>The key of a contact to send.</summary>
    /// <param name="contact">The mapped contact.</param>
    /// <returns>The key.</returns>
    public static string Of(CwContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var email = contact.CommunicationItems?.FirstOrDefault(i => i.CommunicationType == "Email")?.Value;
        return email is not null ? ByEmail(contact.Company?.Id, email) : ByName(contact.Company?.Id, contact.FirstName, contact.LastName);
    }

    /// <summary>Every key a ConnectWise contact can be matched by.</summary>
    /// <param name="contact">The contact as ConnectWise holds it.</param>
    /// <returns>The keys.</returns>
    public static IEnumerable<string> All(CwContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        foreach (var item in contact.CommunicationItems ?? [])
        {
            if (string.Equals(item.CommunicationType, "Email", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(item.Value))
            {
                yield return ByEmail(contact.Company?.Id, item.Value);
            }
        }

        yield return ByName(contact.Company?.Id, contact.FirstName, contact.LastName);
    }

    /// <summary>Reads the company id back out of a key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The company id, or <see langword="null"/>.</returns>
    public static int? CompanyOf(string key) =>
        int.TryParse(key.AsSpan(0, Math.Max(0, key.IndexOf('|', StringComparison.Ordinal))), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private static string ByEmail(int? companyId, string email) =>
        string.Create(CultureInfo.InvariantCulture, $"{companyId}|email:{email.Trim().ToLowerInvariant()}");

    private static string ByName(int? companyId, string? first, string? last) =>
        string.Create(CultureInfo.InvariantCulture, $"{companyId}|name:{first?.Trim().ToLowerInvariant()} {last?.Trim().ToLowerInvariant()}");
}
