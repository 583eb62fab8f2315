using System.Net;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>The rule for a webhook's address: https, or plain http to a loopback address when the host allows it (a local receiver in tests).</summary>
internal static class WebhookAddress
{
    /// <summary>Parses and checks an address.</summary>
    /// <param name="text">The address typed.</param>
    /// <param name="allowLoopbackHttp">Whether plain http to loopback is allowed (<c>--allow-loopback-http</c>).</param>
    /// <returns>The address.</returns>
    /// <exception cref="HostException">It is not an absolute https address (or an allowed loopback http one).</exception>
    public static Uri Parse(string text, bool allowLoopbackHttp)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new HostException($"The webhook URL '{text}' is not an absolute https address.");
        }

        Check(url, allowLoopbackHttp);
        return url;
    }

    /// <summary>Checks an address before a notification is sent to it.</summary>
    /// <param name="url">The address.</param>
    /// <param name="allowLoopbackHttp">Whether plain http to loopback is allowed.</param>
    /// <exception cref="HostException">It is plain http that is not allowed.</exception>
    public static void Check(Uri url, bool allowLoopbackHttp)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            throw new HostException("The webhook URL must not carry a user name or password; sign with --webhook-secret instead.");
        }

        if (url.Scheme == Uri.UriSchemeHttps)
        {
            return;
        }

        if (!IsLoopback(url))
        {
            throw new HostException($"The webhook URL {url.GetLeftPart(UriPartial.Path)} uses plain http; use https (plain http is allowed only to 127.0.0.1 with --allow-loopback-http).");
        }

        if (!allowLoopbackHttp)
        {
            throw new HostException($"The webhook URL {url.GetLeftPart(UriPartial.Path)} uses plain http to a loopback address; add --allow-loopback-http (a local receiver only) or use https.");
        }
    }

    private static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.DnsSafeHost, out var address) && IPAddress.IsLoopback(address));
}
