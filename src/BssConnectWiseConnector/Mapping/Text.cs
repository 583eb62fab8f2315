namespace BssConnectWiseConnector.Mapping;

/// <summary>Text clean-up shared by the mappings.</summary>
internal static class Text
{
    /// <summary>Trims a value and turns an empty one into <see langword="null"/>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The trimmed value, or <see langword="null"/>.</returns>
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }
}
