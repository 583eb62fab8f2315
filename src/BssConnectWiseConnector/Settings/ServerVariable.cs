using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Settings;

/// <summary>
/// One server variable declared once: what the manifest and the JSON Schema show (<see cref="Definition"/>), how its
/// text is parsed, and which setting it fills. <see cref="ServerVariableCatalog"/> lists them all.
/// </summary>
public abstract class ServerVariable
{
    private protected ServerVariable(ServerVariableDefinition definition, string? missingMessage)
    {
        Definition = definition;
        MissingMessage = missingMessage ?? $"is required: {definition.Description}";
    }

    /// <summary>Gets what the manifest, the settings pages and the JSON Schema show of it.</summary>
    public ServerVariableDefinition Definition { get; }

    /// <summary>Gets the name the host stores it under.</summary>
    public string Name => Definition.Name;

    /// <summary>Gets the label of its field on a settings page.</summary>
    public string DisplayName => Definition.DisplayName;

    /// <summary>Gets its type.</summary>
    public ServerVariableType Type => Definition.Type;

    /// <summary>Gets a value indicating whether a sync can run without it.</summary>
    public bool Required => Definition.Required;

    /// <summary>Gets the value used when none is set, if any.</summary>
    public string? DefaultValue => Definition.DefaultValue;

    /// <summary>Gets a value indicating whether it is write-only: never shown, logged or reported.</summary>
    public bool Secret => Definition.Secret;

    /// <summary>Gets the modules or functions that read it.</summary>
    public IReadOnlyList<string> UsedFor => Definition.UsedFor;

    /// <summary>Gets what it is and where to find its value.</summary>
    public string Description => Definition.Description;

    /// <summary>Gets the values it may take, for an enumeration; otherwise empty.</summary>
    public IReadOnlyList<string> AllowedValues => Definition.AllowedValues;

    /// <summary>Gets the error reported when a required variable has no value.</summary>
    internal string MissingMessage { get; }

    /// <summary>Parses the variable's text into the settings.</summary>
    /// <param name="settings">The settings parsed so far.</param>
    /// <param name="text">The trimmed text, or <see langword="null"/> when it is not set.</param>
    /// <param name="allowLoopbackHttp">Whether plain http to a loopback address is allowed.</param>
    /// <param name="errors">Where a problem is reported, naming the variable.</param>
    /// <returns>The settings with the variable's value, or unchanged when it has none or is wrong.</returns>
    internal abstract ConnectWiseSettings Apply(ConnectWiseSettings settings, string? text, bool allowLoopbackHttp, List<SettingError> errors);

    /// <summary>Shows the variable's parsed value, as a check reports it.</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The value as text, or <see langword="null"/> when it is not set or is a secret.</returns>
    internal abstract string? Show(ConnectWiseSettings settings);

    /// <inheritdoc />
    public override string ToString() => Name;
}
