namespace Bss.IntegrationFramework;

/// <summary>One field of a remote record that a push changes (or, in a dry run, would change).</summary>
/// <param name="Field">The remote field's path.</param>
/// <param name="OldValue">The value before, as text; <see langword="null"/> when unknown or empty.</param>
/// <param name="NewValue">The value after, as text.</param>
public sealed record FieldChange(string Field, string? OldValue, string? NewValue);
