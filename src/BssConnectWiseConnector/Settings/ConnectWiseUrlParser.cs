using System.Net;

namespace BssConnectWiseConnector.Settings;

/// <summary>
/// Turns what administrators type as the ConnectWise URL into a site: a bare host (<c>na.myconnectwise.net</c>),
/// an https URL, or a full API URL ending in <c>/apis/3.0/</c>.
/// </summary>
public static class ConnectWiseUrlParser
{
    private const string CloudDomain = ".myconnectwise.net";
    private const string DevDomain = ".connectwisedev.com";

    /// <summary>Parses a ConnectWise URL.</summary>
    /// <param name="value">What the administrator typed.</param>
    /// <param name="allowLoopbackHttp">Whether plain http to a loopback address is allowed.</param>
    /// <param name="site">The site, when the value is usable.</param>
    /// <param name="error">Why it is not, otherwise.</param>
    /// <returns><see langword="true"/> when the value is usable.</returns>
    public static bool TryParse(string? value, bool allowLoopbackHttp, out ConnectWiseSite? site, out string? error)
    {
        site = null;
        error = null;
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "is required: the address of your Manage site, such as na.myconnectwise.net.";
            return false;
        }

        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host) || uri.Host.Contains(' ', StringComparison.Ordinal))
        {
            error = $"'{value}' is not a URL; type the Manage site's address, such as na.myconnectwise.net.";
            return false;
        }

        if (!string.IsNullOrEmpty(uri.UserInfo) || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            error = "must not contain a user name, query or fragment; type only the site's address.";
            return false;
        }

        var loopback = IsLoopback(uri.Host);
        if (uri.Scheme == Uri.UriSchemeHttp && !(loopback && allowLoopbackHttp))
        {
            error = $"uses plain http to {uri.Host}; ConnectWise requires https (http is only accepted for a loopback test server).";
            return false;
        }

        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
        {
            error = $"uses the scheme '{uri.Scheme}'; use https.";
            return false;
        }

        var host = ToApiHost(uri.Host);
        var codebase = ExtractCodebase(uri.AbsolutePath, out var pathError);
        if (pathError is not null)
        {
            error = pathError;
            return false;
        }

        var builder = new UriBuilder(uri.Scheme, host, uri.IsDefaultPort ? -1 : uri.Port, "/");
        site = new ConnectWiseSite(builder.Uri, codebase);
        return true;
    }

    // The browser address of a cloud site (na.myconnectwise.net) serves HTML to API calls; its API host is api-na.
    private static string ToApiHost(string host)
    {
        var lower = host.ToLowerInvariant();
        var cloud = lower.EndsWith(CloudDomain, StringComparison.Ordinal) || lower.EndsWith(DevDomain, StringComparison.Ordinal);
        if (!cloud || lower.StartsWith("api-", StringComparison.Ordinal))
        {
            return lower;
        }

        return "api-" + lower;
    }

    private static string? ExtractCodebase(string path, out string? error)
    {
        error = null;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        var apis = Array.FindIndex(segments, s => s.Equals("apis", StringComparison.OrdinalIgnoreCase));
        if (apis == 1)
        {
            return segments[0] + "/";
        }

        if (segments.Length == 1 && segments[0].StartsWith('v'))
        {
            return segments[0] + "/";
        }

        if (segments[0].Equals("login", StringComparison.OrdinalIgnoreCase) || segments[0].Equals("v4_6_release", StringComparison.OrdinalIgnoreCase))
        {
            return segments[0].Equals("login", StringComparison.OrdinalIgnoreCase) ? null : "v4_6_release/";
        }

        error = $"has the path '{path}', which is not a ConnectWise API path; type the site's address, or a URL ending in /apis/3.0/.";
        return null;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
