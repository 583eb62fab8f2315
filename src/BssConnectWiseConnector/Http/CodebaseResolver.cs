using System.Net;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Http;

/// <summary>Discovers the codebase through the public <c>login/companyinfo/{companyId}</c> and caches it.</summary>
internal sealed class CodebaseResolver : ICodebaseResolver, IDisposable
{
    private readonly HttpClient _http;
    private readonly ConnectWiseSite _site;
    private readonly string _companyId;
    private readonly ILogger _logger;
    private readonly ApiVersionNegotiator? _versions;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private Uri? _apiBase;

    /// <summary>Initializes a new instance of the <see cref="CodebaseResolver"/> class.</summary>
    /// <param name="http">The HTTP client.</param>
    /// <param name="site">The site.</param>
    /// <param name="companyId">The company id.</param>
    /// <param name="logger">The logger.</param>
    /// <param name="versions">Learns the site's version from companyinfo's <c>VersionCode</c>, at no extra request.</param>
    public CodebaseResolver(HttpClient http, ConnectWiseSite site, string companyId, ILogger logger, ApiVersionNegotiator? versions = null)
    {
        _http = http;
        _site = site;
        _companyId = companyId;
        _logger = logger;
        _versions = versions;
        if (site.Codebase is not null)
        {
            _apiBase = site.ApiBaseUrl(site.Codebase);
        }
    }

    /// <inheritdoc />
    public async ValueTask<Uri> GetApiBaseAsync(CancellationToken cancellationToken)
    {
        if (_apiBase is { } known)
        {
            return known;
        }

        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _apiBase ??= _site.ApiBaseUrl(await DiscoverAsync(cancellationToken).ConfigureAwait(false));
            return _apiBase;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var before = _apiBase;
            var codebase = await DiscoverAsync(cancellationToken).ConfigureAwait(false);
            _apiBase = _site.ApiBaseUrl(codebase);
            var changed = before != _apiBase;
            if (changed)
            {
                _logger.LogInformation("The ConnectWise codebase changed to {Codebase}.", codebase);
            }

            return changed;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _lock.Dispose();

    private async Task<string> DiscoverAsync(CancellationToken cancellationToken)
    {
        var uri = new Uri(_site.SiteUrl, Clients.ApiRoutes.CompanyInfo(_companyId));
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new ConnectWiseSiteException(
                $"The site {_site.SiteUrl.Host} answered {(int)response.StatusCode} to login/companyinfo; check the ConnectWise URL.");
        }

        CompanyInfo? info;
        try
        {
            info = JsonConvert.DeserializeObject<CompanyInfo>(body, ConnectWiseJson.Settings);
        }
        catch (JsonException)
        {
            throw new ConnectWiseSiteException(
                $"The site {_site.SiteUrl.Host} did not answer login/companyinfo like a ConnectWise Manage site; check the ConnectWise URL (cloud sites use the api- host, such as api-na.myconnectwise.net).");
        }

        if (info?.Codebase is not { Length: > 0 } codebase)
        {
            throw new ConnectWiseSiteException(
                $"The site {_site.SiteUrl.Host} knows no company '{_companyId}'; check the Company ID (the Company field of the Manage login screen).");
        }

        _versions?.Learn(info.VersionCode, "login/companyinfo");
        return codebase.EndsWith('/') ? codebase : codebase + "/";
    }
}
