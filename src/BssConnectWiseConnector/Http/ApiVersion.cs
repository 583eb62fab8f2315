using System.Globalization;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// A ConnectWise API version, <c>{year}.{release}</c> such as <c>2026.4</c>: what the <c>Accept</c> header pins, what
/// companyinfo's <c>VersionCode</c> (<c>v2026.4</c>) and system/info's <c>version</c> (<c>v2026.4.92104</c>) report.
/// </summary>
/// <param name="Year">The year, such as 2026.</param>
/// <param name="Release">The release of the year, such as 4.</param>
internal readonly record struct ApiVersion(int Year, int Release) : IComparable<ApiVersion>
{
    /// <summary>Gets the version the connector is built and tested against (<see cref="ConnectWiseDefaults.ApiVersion"/>).</summary>
    public static ApiVersion Pinned { get; } = Parse(ConnectWiseDefaults.ApiVersion);

    /// <summary>Reads <c>2026.4</c>, <c>v2026.4</c> or <c>v2026.4.92104</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="version">The version read.</param>
    /// <returns>Whether the text is a version; an old codebase number such as <c>v4.6.92104</c> is not.</returns>
    public static bool TryParse(string? text, out ApiVersion version)
    {
        version = default;
        var parts = (text ?? string.Empty).Trim().TrimStart('v', 'V').Split('.');
        if (parts.Length < 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var release)
            || year < 2000)
        {
            return false;
        }

        version = new ApiVersion(year, release);
        return true;
    }

    /// <summary>Reads a version that must be well formed.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The version.</returns>
    public static ApiVersion Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"'{text}' is not a ConnectWise API version such as 2026.4.");

    /// <summary>The older of two versions.</summary>
    /// <param name="a">One version.</param>
    /// <param name="b">The other.</param>
    /// <returns>The older.</returns>
    public static ApiVersion Min(ApiVersion a, ApiVersion b) => a.CompareTo(b) <= 0 ? a : b;

    /// <summary>Whether one version is older than another.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>Whether <paramref name="left"/> is older.</returns>
    public static bool operator <(ApiVersion left, ApiVersion right) => left.CompareTo(right) < 0;

    /// <summary>Whether one version is newer than another.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>Whether <paramref name="left"/> is newer.</returns>
    public static bool operator >(ApiVersion left, ApiVersion right) => left.CompareTo(right) > 0;

    /// <summary>Whether one version is older than or the same as another.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>Whether <paramref name="left"/> is not newer.</returns>
    public static bool operator <=(ApiVersion left, ApiVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Whether one version is newer than or the same as another.</summary>
    /// <param name="left">The left side.</param>
    /// <param name="right">The right side.</param>
    /// <returns>Whether <paramref name="left"/> is not older.</returns>
    public static bool operator >=(ApiVersion left, ApiVersion right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public int CompareTo(ApiVersion other) => Year != other.Year ? Year.CompareTo(other.Year) : Release.CompareTo(other.Release);

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}.{Release}");
}
