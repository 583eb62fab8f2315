using System.Globalization;

namespace Bss.IntegrationFramework.Host;

/// <summary>Count words that agree with their numbers ("1 problem", "2 problems").</summary>
internal static class Wording
{
    /// <summary>Writes a count and its noun, plural unless the count is one.</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The noun in the singular.</param>
    /// <param name="plural">The plural, when it is not the singular plus "s".</param>
    /// <returns>The text.</returns>
    public static string Count(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");
}
