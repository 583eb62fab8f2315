namespace Bss.IntegrationFramework;

/// <summary>A BSS record: every entity has a stable BSS id.</summary>
public abstract record BssRecord
{
    /// <summary>Gets the record's id in the BSS.</summary>
    public string Id { get; init; } = string.Empty;
}
