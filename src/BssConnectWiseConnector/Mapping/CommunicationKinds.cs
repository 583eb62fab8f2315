using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>
/// The communication items the connector owns on a contact, one per ConnectWise communication type. Items are
/// matched by type name, so an item the contact already has is edited in place, never duplicated, and items of
/// other types (set by hand in ConnectWise) are kept.
/// </summary>
internal static class CommunicationKinds
{
    /// <summary>The e-mail type.</summary>
    public const string Email = "Email";

    /// <summary>The direct phone type.</summary>
    public const string Direct = "Direct";

    /// <summary>The mobile phone type.</summary>
    public const string Mobile = "Mobile";

    /// <summary>The fax type.</summary>
    public const string Fax = "Fax";

    /// <summary>Builds an item.</summary>
    /// <param name="type">The type name.</param>
    /// <param name="value">The address or number.</param>
    /// <returns>The item, or <see langword="null"/> when there is no value.</returns>
    public static ContactCommunicationItem? Item(string type, string? value)
    {
        var clean = Text.Clean(value);
        if (clean is null)
        {
            return null;
        }

        var kind = type switch
        {
            Email => "Email",
            Fax => "Fax",
            _ => "Phone",
        };
        return new ContactCommunicationItem { Type = new Reference { Name = type }, Value = clean, CommunicationType = kind, DefaultFlag = true };
    }

    /// <summary>Merges the items the connector sends into the items the contact has.</summary>
    /// <param name="current">The contact's items in ConnectWise.</param>
    /// <param name="desired">The connector's items.</param>
    /// <param name="owned">The type names the connector owns; an owned type with no desired item is removed.</param>
    /// <returns>The merged list: current items edited in place, new ones appended.</returns>
    public static IReadOnlyList<ContactCommunicationItem> Merge(IReadOnlyList<ContactCommunicationItem>? current, IReadOnlyList<ContactCommunicationItem> desired, IReadOnlyCollection<string> owned)
    {
        var merged = new List<ContactCommunicationItem>();
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in current ?? [])
        {
            var type = item.Type?.Name;
            var replacement = desired.FirstOrDefault(d => string.Equals(d.Type?.Name, type, StringComparison.OrdinalIgnoreCase));
            if (replacement is not null && type is not null && placed.Add(type))
            {
                merged.Add(replacement with { Id = item.Id, Type = item.Type });
            }
            else if (type is null || !owned.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                merged.Add(item);
            }
        }

        merged.AddRange(desired.Where(d => d.Type?.Name is { } type && !placed.Contains(type)));
        return merged;
    }
}
