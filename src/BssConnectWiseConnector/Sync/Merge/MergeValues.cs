using System.Globalization;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>How merge fields read values: trimmed text, numbers and flags in one invariant form, empty as <see langword="null"/>.</summary>
internal static class MergeValues
{
    /// <summary>Reads text.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The trimmed text, or <see langword="null"/> when empty.</returns>
    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Reads a number, so that 10 and 10.00 compare equal.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The number's text, or <see langword="null"/>.</returns>
    public static string? Number(decimal? value) => value?.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>Reads a flag.</summary>
    /// <param name="value">The value.</param>
    /// <returns><c>true</c> or <c>false</c>.</returns>
    public static string Flag(bool value) => value ? "true" : "false";
}
