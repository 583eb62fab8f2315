using System.Text.Encodings.Web;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Encodes text for HTML; every value a page shows goes through here.</summary>
internal static class Html
{
    /// <summary>Encodes text for element content or a quoted attribute value.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text; empty for <see langword="null"/>.</returns>
    public static string E(string? text) => string.IsNullOrEmpty(text) ? string.Empty : HtmlEncoder.Default.Encode(text);

    /// <summary>Encodes a value for a URL path segment or query value, then for HTML.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The encoded text.</returns>
    public static string U(string? text) => E(Uri.EscapeDataString(text ?? string.Empty));

    /// <summary>Makes an element id from a name: letters and digits kept, anything else as '-'.</summary>
    /// <param name="prefix">The id's prefix.</param>
    /// <param name="name">The name.</param>
    /// <returns>The id.</returns>
    public static string Id(string prefix, string name) =>
        prefix + "-" + new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
