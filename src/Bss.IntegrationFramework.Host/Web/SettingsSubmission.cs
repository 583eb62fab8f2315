namespace Bss.IntegrationFramework.Host.Web;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>What came of a settings form.</summary>
/// <param name="Typed">The non-secret values as typed, to show again beside the errors; never a secret.</param>
/// <param name="Errors">Every problem, by server variable; empty when the values were saved.</param>
/// <param name="GeneralErrors">Problems that belong to no field.</param>
/// <param name="Changed">How many server variables were changed (0 when nothing was saved).</param>
public sealed record SettingsSubmission(
    IReadOnlyDictionary<string, string> Typed,
    IReadOnlyList<SettingError> Errors,
    IReadOnlyList<string> GeneralErrors,
    int Changed)
{
    /// <summary>Gets a value indicating whether the values were saved.</summary>
    public bool Saved => Errors.Count == 0 && GeneralErrors.Count == 0;
}
