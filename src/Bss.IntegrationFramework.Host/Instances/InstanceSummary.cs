namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>What <c>instance show</c> prints: never a secret value.</summary>
/// <param name="Name">The instance name.</param>
/// <param name="Connector">The connector key.</param>
/// <param name="CreatedAt">When it was activated.</param>
/// <param name="Variables">Every server variable with its displayable value.</param>
/// <param name="SettingErrors">What the connector says is wrong with the settings.</param>
/// <param name="Lookups">Lookup name, then BSS value, then remote id.</param>
/// <param name="DisabledOperations">Operations switched off, as <c>Module.Operation</c>.</param>
/// <param name="Links">Linked records per module.</param>
/// <param name="LastRun">The last run, as a sentence, if any.</param>
internal sealed record InstanceSummary(
    string Name,
    string Connector,
    DateTimeOffset CreatedAt,
    IReadOnlyList<VariableSummary> Variables,
    IReadOnlyList<string> SettingErrors,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Lookups,
    IReadOnlyList<string> DisabledOperations,
    IReadOnlyDictionary<string, int> Links,
    string? LastRun)
{
    /// <summary>Gets the warning about secrets kept in plain text in the store, or <see langword="null"/> when none are.</summary>
    public string? SecretsAtRest { get; init; }
}
