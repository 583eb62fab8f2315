using BssConnectWiseConnector.Models;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// The API version one instance sends: the older of the pinned version (<see cref="ConnectWiseDefaults.ApiVersion"/>)
/// and the site's. The site's is read once per instance, from companyinfo's <c>VersionCode</c> when the codebase is
/// discovered (no extra request), else from <c>system/info</c>'s <c>version</c>, asked once without a version the way
/// PowerShell ConnectWiseManageAPI's Connect-CWM does.
/// </summary>
internal sealed class ApiVersionNegotiator : IDisposable
{
    /// <summary>The request option carrying the version to send; an empty value sends the media type without one.</summary>
    public static readonly HttpRequestOptionsKey<string> OptionKey = new("BssConnectWiseConnector.ApiVersion");

    private readonly ILogger _logger;
    private readonly SemaphoreSlim _probe = new(1, 1);
    private readonly Lock _gate = new();
    private ApiVersion? _server;
    private bool _probed;

    /// <summary>Initializes a new instance of the <see cref="ApiVersionNegotiator"/> class.</summary>
    /// <param name="pinned">The version the connector is built for.</param>
    /// <param name="logger">The logger.</param>
    public ApiVersionNegotiator(ApiVersion pinned, ILogger logger)
    {
        Pinned = pinned;
        _logger = logger;
    }

    /// <summary>Gets the version the connector is built for.</summary>
    public ApiVersion Pinned { get; }

    /// <summary>Gets the site's version, once known.</summary>
    public ApiVersion? Server
    {
        get
        {
            lock (_gate)
            {
                return _server;
            }
        }
    }

    /// <summary>Gets the version to send: the older of <see cref="Pinned"/> and <see cref="Server"/>.</summary>
    public ApiVersion Effective => Server is { } server ? ApiVersion.Min(server, Pinned) : Pinned;

    /// <summary>Learns the site's version from what it reported; text that is no version is ignored.</summary>
    /// <param name="text">Such as <c>v2025.1</c> or <c>v2025.1.12345</c>.</param>
    /// <param name="source">Where it was read, for the log.</param>
    public void Learn(string? text, string source)
    {
        if (!ApiVersion.TryParse(text, out var version))
        {
            return;
        }

        lock (_gate)
        {
            if (_server == version)
            {
                return;
            }

            _server = version;
        }

        if (version < Pinned)
        {
            _logger.LogInformation(
                "ConnectWise reports version {Server} ({Source}), older than the connector's {Pinned}; requests ask for the site's version and its field limits apply.",
                version,
                source,
                Pinned);
        }
    }

    /// <summary>Reads <c>system/info</c> once when the site's version is not known yet (the codebase was configured).</summary>
    /// <param name="http">The instance's client.</param>
    /// <param name="apiBase">The API base URL.</param>
    /// <param name="counter">Counts the request.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when the version is known or could not be read.</returns>
    public async Task EnsureKnownAsync(HttpClient http, Uri apiBase, RequestCounter counter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (Server is not null || Volatile.Read(ref _probed))
        {
            return;
        }

        await _probe.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Server is not null || _probed)
            {
                return;
            }

            _probed = true;
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(apiBase, Clients.ApiRoutes.SystemInfo));
            request.Options.Set(OptionKey, string.Empty);
            request.Options.Set(RequestCounter.OptionKey, counter);
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                Learn(JsonConvert.DeserializeObject<SystemInfo>(body, ConnectWiseJson.Settings)?.Version, "system/info");
            }
            else
            {
                // The request that follows gets the same answer and reports it; until then the pinned version is sent.
                _logger.LogDebug("system/info answered {Status}; the connector sends version {Pinned}.", (int)response.StatusCode, Pinned);
            }
        }
        catch (JsonException)
        {
            _logger.LogDebug("system/info did not answer JSON; the connector sends version {Pinned}.", Pinned);
        }
        finally
        {
            _probe.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _probe.Dispose();
}
