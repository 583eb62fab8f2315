namespace Bss.IntegrationFramework;

/// <summary>
/// A field that changed in the BSS and in the remote system since the two last agreed on it, and what the pull did
/// about it (the ownership policy of the field's group decides).
/// </summary>
/// <param name="Field">The BSS field, such as <c>phone</c> or <c>billingAddress.city</c>.</param>
/// <param name="Group">The field group whose ownership policy decided, such as <c>Communication</c>.</param>
/// <param name="BaseValue">What both sides held at the last sync; <see langword="null"/> when empty or unknown.</param>
/// <param name="BssValue">What the BSS holds now.</param>
/// <param name="RemoteValue">What the remote system holds now.</param>
/// <param name="Resolution">What was done, in the administrator's terms (which value was kept and where it goes next).</param>
public sealed record FieldConflict(string Field, string Group, string? BaseValue, string? BssValue, string? RemoteValue, string Resolution);
