namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>
/// The ownership policy of each module's field groups: what the administrator set, over the defaults an MSP expects
/// (identity and billing fields are the BSS's, communication, address and description fields merge two-way with the
/// newer change winning a conflict).
/// </summary>
internal sealed class FieldOwnership : IEquatable<FieldOwnership>
{
    /// <summary>The field groups of each module that merges, with their default policy.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, OwnershipPolicy>> Defaults =
        new Dictionary<string, IReadOnlyDictionary<string, OwnershipPolicy>>(StringComparer.OrdinalIgnoreCase)
        {
            [Bss.IntegrationFramework.BssModules.Accounts] = Groups(
                (MergeGroups.Identity, OwnershipPolicy.Bss), (MergeGroups.Billing, OwnershipPolicy.Bss),
                (MergeGroups.Communication, OwnershipPolicy.Newest), (MergeGroups.Address, OwnershipPolicy.Newest)),
            [Bss.IntegrationFramework.BssModules.Contacts] = Groups(
                (MergeGroups.Identity, OwnershipPolicy.Bss), (MergeGroups.Communication, OwnershipPolicy.Newest)),
            [Bss.IntegrationFramework.BssModules.Products] = Groups(
                (MergeGroups.Identity, OwnershipPolicy.Bss), (MergeGroups.Billing, OwnershipPolicy.Bss),
                (MergeGroups.Description, OwnershipPolicy.Newest)),
        };

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, OwnershipPolicy>> _chosen;

    /// <summary>Initializes a new instance of the <see cref="FieldOwnership"/> class.</summary>
    /// <param name="chosen">The policies the administrator set, by module and group; the rest keep their default.</param>
    public FieldOwnership(IReadOnlyDictionary<string, IReadOnlyDictionary<string, OwnershipPolicy>>? chosen = null)
    {
        _chosen = chosen ?? new Dictionary<string, IReadOnlyDictionary<string, OwnershipPolicy>>(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gives a module the policies the administrator set for its groups.</summary>
    /// <param name="module">The module.</param>
    /// <param name="chosen">The policies by group.</param>
    /// <returns>The ownership with them.</returns>
    public FieldOwnership With(string module, IReadOnlyDictionary<string, OwnershipPolicy> chosen) =>
        new(new Dictionary<string, IReadOnlyDictionary<string, OwnershipPolicy>>(_chosen, StringComparer.OrdinalIgnoreCase) { [module] = chosen });

    /// <summary>Gets the policy of a module's field group.</summary>
    /// <param name="module">The module.</param>
    /// <param name="group">The field group.</param>
    /// <returns>The policy set, else the default.</returns>
    public OwnershipPolicy Of(string module, string group) =>
        _chosen.TryGetValue(module, out var set) && set.TryGetValue(group, out var chosen) ? chosen
        : Defaults.TryGetValue(module, out var defaults) && defaults.TryGetValue(group, out var policy) ? policy
        : OwnershipPolicy.Bss;

    /// <inheritdoc />
    public bool Equals(FieldOwnership? other) => other is not null && Key == other.Key;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FieldOwnership);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

    // Settings are compared by value (the connector keeps its transport while they are equal): so is the ownership.
    private string Key => string.Join("|", Defaults.Keys.Order(StringComparer.Ordinal).Select(m => m + ":" + string.Join(",", Defaults[m].Keys.Select(g => Of(m, g)))));

    private static Dictionary<string, OwnershipPolicy> Groups(params (string Group, OwnershipPolicy Policy)[] groups) =>
        groups.ToDictionary(g => g.Group, g => g.Policy, StringComparer.OrdinalIgnoreCase);
}
