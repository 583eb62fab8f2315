using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector;

/// <summary>
/// The ConnectWise Manage connector the BSS host activates, once per connector instance. The instance's HTTP
/// transport (connections, codebase, rate limits) is kept for as long as its settings stay the same.
/// </summary>
public sealed class ConnectWiseConnector : IConnector, IDisposable
{
    private readonly Func<HttpMessageHandler>? _primaryHandler;
    private readonly ResilienceOptions _resilience;
    private readonly Lock _lock = new();
    private ConnectWiseTransport? _transport;
    private IMapper? _mapper;

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseConnector"/> class.</summary>
    public ConnectWiseConnector()
        : this(null, ResilienceOptions.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseConnector"/> class.</summary>
    /// <param name="primaryHandler">Replaces the sockets handler, for tests.</param>
    /// <param name="resilience">Retry, timeout and limit options.</param>
    internal ConnectWiseConnector(Func<HttpMessageHandler>? primaryHandler, ResilienceOptions resilience)
    {
        _primaryHandler = primaryHandler;
        _resilience = resilience;
        Manifest = ConnectorManifestFactory.Create();
    }

    /// <inheritdoc />
    public ConnectorManifest Manifest { get; }

    /// <inheritdoc />
    public IReadOnlyList<SettingError> ValidateSettings(IReadOnlyDictionary<string, string?> serverVariables) =>
        ConnectWiseSettingsParser.Validate(serverVariables);

    /// <inheritdoc />
    public Task<IConnectorSession> OpenSessionAsync(ConnectorContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        cancellationToken.ThrowIfCancellationRequested();
        var allowLoopbackHttp = !(context.HostProperties.TryGetValue(HostPropertyNames.AllowLoopbackHttp, out var allow)
            && string.Equals(allow, "false", StringComparison.OrdinalIgnoreCase));
        var settings = ConnectWiseSettingsParser.Parse(context.ServerVariables, allowLoopbackHttp, out var errors)
            ?? throw new ConnectorConfigurationException(errors);

        ConnectWiseTransport transport;
        IMapper mapper;
        lock (_lock)
        {
            if (_transport is null || _transport.Settings != settings)
            {
                _transport?.Dispose();
                var resilience = settings.RequestsPerMinute is { } perMinute ? _resilience with { RequestsPerMinute = perMinute } : _resilience;
                _transport = new ConnectWiseTransport(settings, resilience, context.TimeProvider, context.LoggerFactory, _primaryHandler);
            }

            context.HostProperties.TryGetValue(HostPropertyNames.AutoMapperLicenseKey, out var licenseKey);
            _mapper ??= new DeferredMapper(() => MapperFactory.Create(licenseKey, context.LoggerFactory));
            (transport, mapper) = (_transport, _mapper);
        }

        IConnectorSession session = new ConnectWiseSession(transport, context, mapper, _resilience.MaxConcurrency);
        return Task.FromResult(session);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_lock)
        {
            _transport?.Dispose();
            _transport = null;
        }
    }
}
