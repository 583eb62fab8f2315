using System.Net;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// The HTTP side of one connector instance for one set of settings: the IHttpClientFactory client with its
/// handler chain (resilience → throttle → authentication → counting → sockets), the cached codebase and the
/// rate limits, shared by every session of the instance.
/// </summary>
internal sealed class ConnectWiseTransport : IDisposable
{
    private const string ClientName = "ConnectWise";
    private readonly ServiceProvider _services;
    private readonly IHttpClientFactory _factory;
    private readonly RequestThrottle _throttle;
    private readonly CodebaseResolver _codebase;
    private readonly CancellationTokenSource _lifetime = new();

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseTransport"/> class.</summary>
    /// <param name="settings">The settings.</param>
    /// <param name="resilience">Retry, timeout and limit options.</param>
    /// <param name="time">The clock.</param>
    /// <param name="loggerFactory">The logger factory.</param>
    /// <param name="primaryHandler">Replaces the sockets handler (tests); <see langword="null"/> for the real one.</param>
    public ConnectWiseTransport(ConnectWiseSettings settings, ResilienceOptions resilience, TimeProvider time, ILoggerFactory loggerFactory, Func<HttpMessageHandler>? primaryHandler)
    {
        Settings = settings;
        var credentials = ConnectWiseCredentials.From(settings);
        Redactor = new SecretRedactor([settings.PrivateKey, settings.ClientId.ToString("D"), credentials.CreateAuthorization().Parameter]);
        _throttle = new RequestThrottle(resilience.MaxConcurrency, resilience.RequestsPerMinute, time);
        var pipeline = ResiliencePipelineFactory.Create(resilience, time);

        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddHttpClient(ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => primaryHandler?.Invoke() ?? new SocketsHttpHandler
            {
                // A redirect (seen on cloud POSTs, to http://) is reported, never followed with the keys.
                AllowAutoRedirect = false,
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                MaxConnectionsPerServer = resilience.MaxConcurrency,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddHttpMessageHandler(() => new ResilienceHandler(pipeline))
            .AddHttpMessageHandler(() => new ThrottlingHandler(_throttle))
            .AddHttpMessageHandler(() => new ConnectWiseAuthenticationHandler(credentials))
            .AddHttpMessageHandler(() => new CountingHandler(Total));
        _services = services.BuildServiceProvider();
        _factory = _services.GetRequiredService<IHttpClientFactory>();
        Versions = new ApiVersionNegotiator(ApiVersion.Pinned, loggerFactory.CreateLogger<ApiVersionNegotiator>());
        _codebase = new CodebaseResolver(CreateClient(), settings.Site, settings.CompanyId, loggerFactory.CreateLogger<CodebaseResolver>(), Versions);
        Tables = new SetupTableCache(time, _lifetime.Token);
    }

    /// <summary>Gets the instance's setup tables, read at most once per run.</summary>
    public SetupTableCache Tables { get; }

    /// <summary>Gets the settings the transport was built for.</summary>
    public ConnectWiseSettings Settings { get; }

    /// <summary>Gets the redactor that knows the instance's secrets.</summary>
    public SecretRedactor Redactor { get; }

    /// <summary>Gets the codebase resolver, cached across sessions.</summary>
    public ICodebaseResolver Codebase => _codebase;

    /// <summary>Gets the instance's API version, read from the site once and shared by its sessions.</summary>
    public ApiVersionNegotiator Versions { get; }

    /// <summary>Gets the count of every request of the instance.</summary>
    public RequestCounter Total { get; } = new();

    /// <summary>Creates a client; cheap, the handlers are pooled by the factory.</summary>
    /// <returns>The client.</returns>
    public HttpClient CreateClient() => _factory.CreateClient(ClientName);

    /// <inheritdoc />
    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
        _codebase.Dispose();
        Versions.Dispose();
        _services.Dispose();
        _throttle.Dispose();
    }
}
