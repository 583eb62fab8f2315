namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>
/// The key a pulled remote record and an unlinked BSS record share when they are the same record: an account's code,
/// a product's code, a contact's account and e-mail (or name). The store keeps it beside each record, indexed, so a
/// pull finds the unlinked records matching a page with one indexed query.
/// </summary>
internal static class BssMatchKey
{
    /// <summary>The key stored for a record that has none: told apart from a row stored before keys were kept.</summary>
    public const string None = "";

    /// <summary>Gets a record's key.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The key, or <see langword="null"/> when the record cannot be matched.</returns>
    public static string? Of(BssRecord record) => record switch
    {
        Account { Code: { Length: > 0 } code } => "account:" + code.Trim().ToUpperInvariant(),
        Product { Code: { Length: > 0 } code } => "product:" + code.Trim().ToUpperInvariant(),
        Contact { AccountId: { Length: > 0 } account, Email: { Length: > 0 } email } => $"contact:{account}|{email.Trim().ToLowerInvariant()}",
        Contact { AccountId: { Length: > 0 } account } contact when !string.IsNullOrWhiteSpace(contact.LastName) =>
            $"contact:{account}|{contact.FirstName?.Trim().ToLowerInvariant()} {contact.LastName.Trim().ToLowerInvariant()}",
        _ => null,
    };
}
