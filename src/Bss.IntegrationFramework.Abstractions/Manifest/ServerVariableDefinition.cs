namespace Bss.IntegrationFramework;

/// <summary>One server variable (or key) of a connector instance.</summary>
/// <param name="Name">The name the host stores it under.</param>
/// <param name="DisplayName">The label of its field on a settings page.</param>
/// <param name="Type">Its type.</param>
/// <param name="Required">Whether a sync can run without it.</param>
/// <param name="DefaultValue">The value used when none is set, if any.</param>
/// <param name="Secret">Whether it is write-only: never shown, logged or reported.</param>
/// <param name="UsedFor">The modules or functions that read it.</param>
/// <param name="Description">What it is and where to find its value.</param>
/// <param name="AllowedValues">The values it may take, for an enumeration; otherwise empty.</param>
public sealed record ServerVariableDefinition(
    string Name,
    string DisplayName,
    ServerVariableType Type,
    bool Required,
    string? DefaultValue,
    bool Secret,
    IReadOnlyList<string> UsedFor,
    string Description,
    IReadOnlyList<string> AllowedValues)
{
    /// <summary>
    /// Gets a value indicating whether it decides how a module synchronizes (such as who wins when both sides changed a
    /// field), so settings pages also show it, editable, with the synchronization options.
    /// </summary>
    public bool ShownWithOptions { get; init; }
}
