using System.Net.Http.Headers;
using System.Text;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Settings;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Callbacks;

/// <summary>
/// Fetches a callback's signing key from its <c>Metadata.key_url</c>, only when that address is on the instance's own
/// ConnectWise host: the same scheme and port as the configured site, and its host or the browser host of the same
/// cloud (<c>na.myconnectwise.net</c> for <c>api-na.myconnectwise.net</c>; amp-labs' recorded key_url is on the
/// browser host). Nothing is sent to any other address (nango refuses key URLs off trusted ConnectWise hosts for the
/// same reason: a forged body would otherwise choose the key). The transport follows no redirect, and an answer over
/// 16 KB or without <c>signing_key</c> is refused.
/// </summary>
/// <param name="client">The instance's HTTP client (no redirects).</param>
/// <param name="site">The instance's site.</param>
internal sealed class SigningKeyFetcher(HttpClient client, ConnectWiseSite site)
{
    private const int MaxAnswerBytes = 16 * 1024;

    public async Task<NotificationSigningKey> FetchAsync(Uri keyUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyUrl);
        if (!IsOwnHost(keyUrl))
        {
            throw new UnauthorizedAccessException($"The callback's key address is on {keyUrl.Scheme}://{keyUrl.Authority}, not on this instance's ConnectWise site {site.SiteUrl.Scheme}://{site.SiteUrl.Authority}; no key was fetched.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, keyUrl);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"ConnectWise answered {(int)response.StatusCode} for the callback's signing key.");
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var buffer = new byte[MaxAnswerBytes + 1];
            var read = 0;
            int chunk;
            while (read < buffer.Length && (chunk = await stream.ReadAsync(buffer.AsMemory(read), cancellationToken).ConfigureAwait(false)) > 0)
            {
                read += chunk;
            }

            if (read > MaxAnswerBytes)
            {
                throw new InvalidOperationException("ConnectWise's answer for the callback's signing key is too large.");
            }

            string? key;
            try
            {
                key = (JToken.Parse(Encoding.UTF8.GetString(buffer, 0, read)) as JObject)?["signing_key"] is { Type: JTokenType.String } token ? token.Value<string>() : null;
            }
            catch (Newtonsoft.Json.JsonException)
            {
                key = null;
            }

            return string.IsNullOrEmpty(key)
                ? throw new InvalidOperationException("ConnectWise's answer for the callback's signing key holds no signing_key.")
                : new NotificationSigningKey(Encoding.UTF8.GetBytes(key));
        }
    }

    private bool IsOwnHost(Uri keyUrl)
    {
        var own = site.SiteUrl;
        if (!keyUrl.IsAbsoluteUri || !string.IsNullOrEmpty(keyUrl.UserInfo)
            || !string.Equals(keyUrl.Scheme, own.Scheme, StringComparison.OrdinalIgnoreCase) || keyUrl.Port != own.Port)
        {
            return false;
        }

        var host = keyUrl.IdnHost;
        var ownHost = own.IdnHost;
        return string.Equals(host, ownHost, StringComparison.OrdinalIgnoreCase)
            || (ownHost.StartsWith("api-", StringComparison.OrdinalIgnoreCase) && string.Equals(host, ownHost[4..], StringComparison.OrdinalIgnoreCase));
    }
}
