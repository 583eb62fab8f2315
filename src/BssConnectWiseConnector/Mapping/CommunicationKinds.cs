using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Mapping;

/// <summary>
/// The communication items the connector owns on a contact, one per ConnectWise communication type. Items are
/// matched by type name, so an item the contact already has is edited in place, never duplicated, and items of
/// other types (set by hand in ConnectWise) are kept. A contact has one default item per communication kind
/// (Email, Phone, Fax): Direct and Mobile are both phones, so the Direct number is the default one.
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

    /// <summary>Builds an item, not yet the default (see <see cref="MarkDefaults"/>).</summary>
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
        return new ContactCommunicationItem { Type = new Reference { Name = type }, Value = clean, CommunicationType = kind, DefaultFlag = false };
    }

    /// <summary>
    /// Makes the first item of each communication kind the default and the others not, skipping a kind that already
    /// has a default among <paramref name="taken"/> (items kept from ConnectWise).
    /// </summary>
    /// <param name="items">The connector's items, in order of preference (Email, Direct, Mobile, Fax).</param>
    /// <param name="taken">Items the contact keeps besides them, whose defaults stand.</param>
    /// <returns>The items with their default flags.</returns>
    public static IReadOnlyList<ContactCommunicationItem> MarkDefaults(IEnumerable<ContactCommunicationItem> items, IEnumerable<ContactCommunicationItem>? taken = null)
    {
        var kinds = new HashSet<string>(
            (taken ?? []).Where(i => i.DefaultFlag == true && i.CommunicationType is not null).Select(i => i.CommunicationType!),
            StringComparer.OrdinalIgnoreCase);
        return items.Select(i => i with { DefaultFlag = i.CommunicationType is { } kind && kinds.Add(kind) }).ToArray();
    }

    /// <summary>Merges the items the connector sends into the items the contact has.</summary>
    /// <param name="current">The contact's items in ConnectWise.</param>
    /// <param name="desired">The connector's items.</param>
    /// <param name="owned">The type names the connector owns; an owned type with no desired item is removed.</param>
    /// <returns>
    /// The merged list: current items edited in place, new ones appended, one default per communication kind (a
    /// default set by hand on a kept item stands).
    /// </returns>
    public static IReadOnlyList<ContactCommunicationItem> Merge(IReadOnlyList<ContactCommunicationItem>? current, IReadOnlyList<ContactCommunicationItem> desired, IReadOnlyCollection<string> owned)
    {
        var merged = new List<(ContactCommunicationItem Item, bool Ours)>();
        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in current ?? [])
        {
            var type = item.Type?.Name;
            var replacement = desired.FirstOrDefault(d => string.Equals(d.Type?.Name, type, StringComparison.OrdinalIgnoreCase));
            if (replacement is not null && type is not null && placed.Add(type))
            {
                merged.Add((replacement with { Id = item.Id, Type = item.Type }, true));
            }
            else if (type is null || !owned.Contains(type, StringComparer.OrdinalIgnoreCase))
            {
                merged.Add((item, false));
            }
        }

        merged.AddRange(desired.Where(d => d.Type?.Name is { } type && !placed.Contains(type)).Select(d => (d, true)));

        // Defaults go to the connector's items in the order it prefers them, after any default kept from ConnectWise.
        var order = desired.Select(d => d.Type?.Name).ToList();
        var ours = merged.Where(m => m.Ours).Select(m => m.Item).OrderBy(i => order.FindIndex(t => string.Equals(t, i.Type?.Name, StringComparison.OrdinalIgnoreCase)));
        var marked = MarkDefaults(ours, merged.Where(m => !m.Ours).Select(m => m.Item)).ToDictionary(i => i.Type!.Name!, StringComparer.OrdinalIgnoreCase);
        return merged.Select(m => m.Ours ? marked[m.Item.Type!.Name!] : m.Item).ToArray();
    }
}
