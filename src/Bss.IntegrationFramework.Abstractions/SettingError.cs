namespace Bss.IntegrationFramework;

/// <summary>One problem with one server variable.</summary>
/// <param name="Variable">The server variable's name.</param>
/// <param name="Message">What is wrong and how to fix it; never contains a secret value.</param>
public sealed record SettingError(string Variable, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Variable}: {Message}";
}
