using System.Text;
using BssConnectWiseConnector.Http;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Diagnostics.Conformance;

/// <summary>
/// Sends conformance requests through the instance's own client (authentication, version header, throttle,
/// retries of reads) and keeps the raw answer, status, body and Link header, whatever it is: a conformance row
/// quotes what the site said rather than what the connector's error mapping makes of it.
/// </summary>
internal sealed class ConformanceHttp
{
    private const int MaxText = 2048;
    private readonly HttpClient _http;
    private readonly ICodebaseResolver _codebase;
    private readonly SecretRedactor _redactor;
    private readonly ApiVersionNegotiator _versions;

    /// <summary>Initializes a new instance of the <see cref="ConformanceHttp"/> class.</summary>
    /// <param name="http">The instance's client.</param>
    /// <param name="codebase">Finds the API base URL.</param>
    /// <param name="redactor">Removes secrets from answers.</param>
    /// <param name="versions">The version the instance speaks with its site (learnt while the codebase is found).</param>
    public ConformanceHttp(HttpClient http, ICodebaseResolver codebase, SecretRedactor redactor, ApiVersionNegotiator versions)
    {
        _http = http;
        _codebase = codebase;
        _redactor = redactor;
        _versions = versions;
    }

    /// <summary>Gets the API version the requests ask for: the older of the site's and the pinned one.</summary>
    public string Version => _versions.Effective.ToString();

    /// <summary>Sends a request to a route of the API.</summary>
    /// <param name="method">The method.</param>
    /// <param name="route">The route relative to the API base.</param>
    /// <param name="query">The query string without <c>?</c>, already encoded.</param>
    /// <param name="body">The JSON body, if any.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <param name="forwardOnly">Whether to ask for forward-only paging.</param>
    /// <returns>The answer.</returns>
    public async Task<ConformanceAnswer> SendAsync(HttpMethod method, string route, string? query, JToken? body, CancellationToken cancellationToken, bool forwardOnly = false)
    {
        var apiBase = await _codebase.GetApiBaseAsync(cancellationToken).ConfigureAwait(false);
        return await SendAsync(method, new Uri(apiBase, route + (string.IsNullOrEmpty(query) ? string.Empty : "?" + query)), body, forwardOnly, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a GET to a path at the root of the API's host, such as <c>login/companyinfo/{company}</c>.</summary>
    /// <param name="path">The path without a leading slash.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer.</returns>
    public async Task<ConformanceAnswer> GetFromRootAsync(string path, CancellationToken cancellationToken)
    {
        var apiBase = await _codebase.GetApiBaseAsync(cancellationToken).ConfigureAwait(false);
        return await SendAsync(HttpMethod.Get, new Uri(apiBase, "/" + path), null, false, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sends a GET to an absolute URL the site gave (a next link).</summary>
    /// <param name="uri">The URL.</param>
    /// <param name="forwardOnly">Whether to ask for forward-only paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer.</returns>
    public Task<ConformanceAnswer> GetAsync(Uri uri, bool forwardOnly, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Get, uri, null, forwardOnly, cancellationToken);

    private async Task<ConformanceAnswer> SendAsync(HttpMethod method, Uri uri, JToken? body, bool forwardOnly, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        request.Options.Set(ApiVersionNegotiator.OptionKey, Version);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json");
        }

        if (forwardOnly)
        {
            request.Headers.TryAddWithoutValidation(ConnectWiseHeaderNames.PaginationType, ConnectWiseHeaderNames.ForwardOnly);
        }

        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JToken? json = null;
        try
        {
            json = string.IsNullOrWhiteSpace(text) ? null : JToken.Parse(text);
        }
        catch (JsonReaderException)
        {
            // An HTML or empty error page is quoted as text.
        }

        var link = response.Headers.TryGetValues("Link", out var values) ? string.Join(", ", values) : null;
        var shown = _redactor.Redact(text.Length <= MaxText ? text : text[..MaxText]) ?? string.Empty;
        return new ConformanceAnswer((int)response.StatusCode, json, shown, link, LinkHeader.Find(response.Headers, "next"));
    }
}
