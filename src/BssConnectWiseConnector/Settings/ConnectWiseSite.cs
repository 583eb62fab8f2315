namespace BssConnectWiseConnector.Settings;

/// <summary>Where a ConnectWise Manage site's API lives.</summary>
/// <param name="SiteUrl">The site root, such as <c>https://api-na.myconnectwise.net/</c>; companyinfo is asked here.</param>
/// <param name="Codebase">
/// The codebase (<c>v4_6_release/</c>, <c>v2025_1/</c>) when the administrator typed a full API URL; otherwise
/// <see langword="null"/> and it is discovered through <c>login/companyinfo</c>.
/// </param>
public sealed record ConnectWiseSite(Uri SiteUrl, string? Codebase)
{
    /// <summary>Builds the API base URL for a codebase.</summary>
    /// <param name="codebase">The codebase, ending in a slash.</param>
    /// <returns>The base URL, ending in <c>apis/3.0/</c>.</returns>
    public Uri ApiBaseUrl(string codebase) => new(SiteUrl, codebase + "apis/3.0/");
}
