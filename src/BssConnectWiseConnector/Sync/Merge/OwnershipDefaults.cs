using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>
/// The field groups of each module that merges, with the policy an MSP expects when the administrator set none
/// (identity and billing fields are the BSS's, communication, address and description fields merge two-way with the
/// newer change winning a conflict), and how the settings' <see cref="FieldOwnership"/> is written and read.
/// </summary>
internal static class OwnershipDefaults
{
    /// <summary>The field groups of each module that merges, with their default policy.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, OwnershipPolicy>> Groups =
        new Dictionary<string, IReadOnlyDictionary<string, OwnershipPolicy>>(StringComparer.OrdinalIgnoreCase)
        {
            [Bss.IntegrationFramework.BssModules.Accounts] = Of(
                (MergeGroups.Identity, OwnershipPolicy.Bss), (MergeGroups.Billing, OwnershipPolicy.Bss),
                (MergeGroups.Communication, OwnershipPolicy.Newest), (MergeGroups.Address, OwnershipPolicy.Newest)),
            [Bss.IntegrationFramework.BssModules.Contacts] = Of(
                (MergeGroups.Identity, OwnershipPolicy.Bss), (MergeGroups.Communication, OwnershipPolicy.Newest)),
            [Bss.IntegrationFramework.BssModules.Products] = Of(
                (MergeGroups.Identity, OwnershipPolicy.Bss), (MergeGroups.Billing, OwnershipPolicy.Bss),
                (MergeGroups.Description, OwnershipPolicy.Newest)),
        };

    /// <summary>Gives a module the policies the administrator set for its groups.</summary>
    /// <param name="ownership">The ownership set so far.</param>
    /// <param name="module">The module.</param>
    /// <param name="chosen">The policies by group.</param>
    /// <returns>The ownership with them.</returns>
    public static FieldOwnership With(this FieldOwnership ownership, string module, IReadOnlyDictionary<string, OwnershipPolicy> chosen)
    {
        var modules = Read(ownership);
        // Every group, the defaults filled in: equal policies are equal text, so equal settings compare equal.
        modules[module] = Over(module, chosen);
        return new FieldOwnership(string.Join("|", modules.OrderBy(m => m.Key, StringComparer.OrdinalIgnoreCase).Select(m =>
            m.Key + ":" + string.Join(",", m.Value.OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase).Select(g => $"{g.Key}={g.Value}")))));
    }

    /// <summary>Gets the policies of a module's field groups: those set, over the defaults.</summary>
    /// <param name="ownership">The ownership the administrator set.</param>
    /// <param name="module">The module.</param>
    /// <returns>The policy of each group.</returns>
    public static IReadOnlyDictionary<string, OwnershipPolicy> Policies(this FieldOwnership ownership, string module) =>
        Over(module, Read(ownership).GetValueOrDefault(module));

    /// <summary>Gets the policy of a module's field group.</summary>
    /// <param name="ownership">The ownership the administrator set.</param>
    /// <param name="module">The module.</param>
    /// <param name="group">The field group.</param>
    /// <returns>The policy set, else the default.</returns>
    public static OwnershipPolicy Of(this FieldOwnership ownership, string module, string group) =>
        ownership.Policies(module).TryGetValue(group, out var policy) ? policy : OwnershipPolicy.Bss;

    private static Dictionary<string, Dictionary<string, OwnershipPolicy>> Read(FieldOwnership ownership)
    {
        ArgumentNullException.ThrowIfNull(ownership);
        return ownership.Text.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(m => m.Split(':', 2)).ToDictionary(
            m => m[0],
            m => m[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(g => g.Split('=', 2))
                .ToDictionary(g => g[0], g => Enum.Parse<OwnershipPolicy>(g[1]), StringComparer.OrdinalIgnoreCase),
            StringComparer.OrdinalIgnoreCase);
    }

    private static Dictionary<string, OwnershipPolicy> Over(string module, IReadOnlyDictionary<string, OwnershipPolicy>? chosen)
    {
        var policies = new Dictionary<string, OwnershipPolicy>(Groups.TryGetValue(module, out var defaults) ? defaults : new Dictionary<string, OwnershipPolicy>(), StringComparer.OrdinalIgnoreCase);
        foreach (var (group, policy) in chosen ?? new Dictionary<string, OwnershipPolicy>())
        {
            policies[group] = policy;
        }

        return policies;
    }

    private static Dictionary<string, OwnershipPolicy> Of(params (string Group, OwnershipPolicy Policy)[] groups) =>
        groups.ToDictionary(g => g.Group, g => g.Policy, StringComparer.OrdinalIgnoreCase);
}
