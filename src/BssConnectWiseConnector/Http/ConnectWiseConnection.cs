using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using BssConnectWiseConnector.Http.Errors;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Http;

/// <summary>Sends requests, maps JSON and errors, follows pages and re-discovers a changed codebase once.</summary>
internal sealed class ConnectWiseConnection : IConnectWiseConnection
{
    private readonly HttpClient _http;
    private readonly ICodebaseResolver _codebase;
    private readonly SecretRedactor _redactor;
    private readonly RequestCounter _counter;
    private readonly ILogger _logger;
    private readonly ApiVersionNegotiator? _versions;

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseConnection"/> class.</summary>
    /// <param name="http">The HTTP client with the authentication and resilience handlers.</param>
    /// <param name="codebase">Finds the API base URL.</param>
    /// <param name="redactor">Removes secrets from error bodies.</param>
    /// <param name="counter">Counts the session's requests.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="versions">The instance's API version; <see langword="null"/> sends the pinned version.</param>
    public ConnectWiseConnection(HttpClient http, ICodebaseResolver codebase, SecretRedactor redactor, RequestCounter counter, ILogger logger, ApiVersionNegotiator? versions = null)
    {
        _http = http;
        _codebase = codebase;
        _redactor = redactor;
        _counter = counter;
        _logger = logger;
        _versions = versions;
    }

    /// <inheritdoc />
    public async Task<ApiVersion> GetApiVersionAsync(CancellationToken cancellationToken)
    {
        if (_versions is null)
        {
            return ApiVersion.Pinned;
        }

        var apiBase = await _codebase.GetApiBaseAsync(cancellationToken).ConfigureAwait(false);
        await _versions.EnsureKnownAsync(_http, apiBase, _counter, cancellationToken).ConfigureAwait(false);
        return _versions.Effective;
    }

    /// <inheritdoc />
    public async Task<T?> FindAsync<T>(string route, CancellationToken cancellationToken)
        where T : class
    {
        using var response = await SendCoreAsync(HttpMethod.Get, route, null, null, null, cancellationToken, allowNotFound: true).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.NotFound ? null : await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ConnectWisePage<T>> ListPagesAsync<T>(string route, ListQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        cancellationToken.ThrowIfCancellationRequested();
        var read = await ReadPageAsync<T>(route, query, 1, query.StartAfterId, cancellationToken).ConfigureAwait(false);
        using var prefetchCancel = query.Prefetch ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken) : null;
        Task<ListPageRead<T>>? prefetched = null;
        try
        {
            while (true)
            {
                if (prefetchCancel is not null && read.Page.HasMore)
                {
                    // The next page is known from this one, so it is requested while the caller works on this one:
                    // still one list request at a time, and its failure is seen where the caller asks for the page.
                    var (page, pageId) = (read.NextPage, read.NextPageId);
                    prefetched = Task.Run(() => ReadPageAsync<T>(route, query, page, pageId, prefetchCancel.Token), prefetchCancel.Token);
                }

                yield return read.Page;
                if (!read.Page.HasMore)
                {
                    yield break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                if (prefetched is { } next)
                {
                    prefetched = null;
                    read = await next.ConfigureAwait(false);
                }
                else
                {
                    read = await ReadPageAsync<T>(route, query, read.NextPage, read.NextPageId, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            if (prefetched is not null)
            {
                // The caller stopped before the prefetched page (a break, a failure or a cancellation): the request is
                // cancelled and awaited so that no work outlives the enumeration and its outcome is observed.
                await prefetchCancel!.CancelAsync().ConfigureAwait(false);
                await AbandonAsync(prefetched).ConfigureAwait(false);
            }
        }
    }

    // The outcome of a page nobody will read: whatever it met on the way (its cancellation, a failure) is not the
    // caller's, who is already leaving with its own outcome, so it is observed here and dropped.
    private static async Task AbandonAsync<T>(Task<ListPageRead<T>> prefetched)
    {
        try
        {
            await prefetched.ConfigureAwait(false);
        }
        catch (Exception)
        {
        }
    }

    // One list request: the page, and where the next one starts (ignored when the page is the last).
    private async Task<ListPageRead<T>> ReadPageAsync<T>(string route, ListQuery query, int page, int? pageId, CancellationToken cancellationToken)
    {
        var queryString = query.ToQueryString(page, pageId);
        var headers = query.ForwardOnly ? new[] { (ConnectWiseHeaderNames.PaginationType, ConnectWiseHeaderNames.ForwardOnly) } : null;
        List<T> items;
        Uri? next;
        DateTimeOffset? serverDate;
        using (var response = await SendCoreAsync(HttpMethod.Get, route, queryString, null, headers, cancellationToken).ConfigureAwait(false))
        {
            items = await ReadAsync<List<T>>(response, cancellationToken).ConfigureAwait(false) ?? [];
            next = LinkHeader.Find(response.Headers, "next");
            serverDate = response.Headers.Date;
        }

        bool hasMore;
        var nextPageId = pageId;
        if (query.ForwardOnly)
        {
            var nextId = next is null ? null : LinkHeader.QueryInt(next, "pageId");
            if (nextId is null && items.Count >= query.PageSize && RecordIds<T>.Max(items) is { } lastId)
            {
                // A full page without a readable next link may not be the end (the Developer Guide: pageId means
                // id > pageId, ids ascending), so continue after the last id rather than end silently.
                _logger.LogDebug("{Route} answered a full forward-only page without a readable next link; continuing after id {LastId}.", route, lastId);
                nextId = lastId;
            }

            hasMore = nextId is not null && (pageId is null || nextId > pageId) && items.Count > 0;
            nextPageId = nextId;
        }
        else
        {
            // Navigable paging ends where ConnectWise gives no next link; a short page ends it even without headers.
            hasMore = next is not null ? items.Count > 0 : items.Count >= query.PageSize;
        }

        return new ListPageRead<T>(new ConnectWisePage<T>(items, hasMore, serverDate), page + 1, nextPageId);
    }

    /// <inheritdoc />
    public async Task<int> CountAsync(string route, Condition? conditions, CancellationToken cancellationToken)
    {
        var query = conditions is null ? null : "conditions=" + Uri.EscapeDataString(conditions.Text);
        using var response = await SendCoreAsync(HttpMethod.Get, route.TrimEnd('/') + "/count", query, null, null, cancellationToken).ConfigureAwait(false);
        var body = await ReadAsync<JObject>(response, cancellationToken).ConfigureAwait(false);
        return body?.Value<int?>("count") ?? 0;
    }

    /// <inheritdoc />
    public async Task<T> SendAsync<T>(HttpMethod method, string route, object body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(body);
        var json = ConnectWiseJson.Serialize(body);
        using var response = await SendCoreAsync(method, route, null, json, null, cancellationToken).ConfigureAwait(false);
        return await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false)
            ?? throw new ConnectWiseApiException($"ConnectWise answered {method} {route} with an empty body.");
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string route, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(HttpMethod.Delete, route, null, null, null, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T?> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var json = new JsonTextReader(reader);
        return ConnectWiseJson.Serializer.Deserialize<T>(json);
    }

    private async Task<HttpResponseMessage> SendCoreAsync(
        HttpMethod method,
        string route,
        string? query,
        string? json,
        IReadOnlyList<(string Name, string Value)>? headers,
        CancellationToken cancellationToken,
        bool allowNotFound = false)
    {
        var rediscovered = false;
        ApiVersion? retryVersion = null;
        while (true)
        {
            var apiBase = await _codebase.GetApiBaseAsync(cancellationToken).ConfigureAwait(false);
            var version = retryVersion;
            if (_versions is not null)
            {
                await _versions.EnsureKnownAsync(_http, apiBase, _counter, cancellationToken).ConfigureAwait(false);
                version ??= _versions.Effective;
            }

            var uri = new Uri(apiBase, query is null ? route : route + "?" + query);
            using var request = new HttpRequestMessage(method, uri);
            request.Options.Set(RequestCounter.OptionKey, _counter);
            if (version is { } sent)
            {
                request.Options.Set(ApiVersionNegotiator.OptionKey, sent.ToString());
            }

            if (json is not null)
            {
                request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            }

            foreach (var (name, value) in headers ?? [])
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            _logger.LogDebug("{Method} {Route} answered {Status}.", method, route, (int)response.StatusCode);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.NotFound && !rediscovered)
                {
                    rediscovered = true;
                    if (await _codebase.RefreshAsync(cancellationToken).ConfigureAwait(false))
                    {
                        continue;
                    }
                }

                if (response.StatusCode == HttpStatusCode.NotFound && allowNotFound)
                {
                    return new HttpResponseMessage(HttpStatusCode.NotFound);
                }

                if ((int)response.StatusCode is >= 300 and < 400)
                {
                    throw RedirectError(method, route, response);
                }

                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                var error = ConnectWiseErrorMapper.Map(response.StatusCode, body, method.Method, route, _redactor);
                if (!ApiVersionRefusal.Matches(error))
                {
                    throw error;
                }

                // Retried once with the site's own version when that differs from what was refused (a site newer than
                // the pinned version whose endpoint dropped it); otherwise the administrator has to act.
                var sentVersion = version ?? ApiVersion.Pinned;
                if (retryVersion is null && _versions?.Server is { } server && server != sentVersion)
                {
                    _logger.LogWarning("{Method} {Route} refused API version {Sent}; repeating it with the site's version {Server}.", method, route, sentVersion, server);
                    retryVersion = server;
                    continue;
                }

                throw ApiVersionRefusal.ToSiteError(error, sentVersion, _versions?.Server);
            }
        }
    }

    // Cloud POSTs have been answered with a redirect to an http:// location; following it would send the keys in clear.
    private ConnectWiseApiException RedirectError(HttpMethod method, string route, HttpResponseMessage response)
    {
        var location = response.Headers.Location is { } l ? _redactor.Redact(l.GetLeftPart(UriPartial.Path)) : "(no location)";
        var write = method != HttpMethod.Get && method != HttpMethod.Head;
        var info = new ConnectWiseErrorInfo(
            response.StatusCode,
            ConnectWiseApiException.RedirectCode,
            $"ConnectWise answered {method} {route} with a redirect to {location}, which was not followed"
                + (write ? "; the write may have been applied, so the record is looked up by its key before any new attempt." : "."),
            [],
            method.Method,
            route,
            null);
        return new ConnectWiseApiException(info);
    }
}
