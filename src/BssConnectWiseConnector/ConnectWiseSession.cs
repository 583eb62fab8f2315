using System.Collections.Concurrent;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Sync;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector;

/// <summary>
/// One run of an instance: clients over the instance's transport, setup tables read once, and the modules of
/// <see cref="ModuleCatalog"/>, each created once per session.
/// </summary>
internal sealed class ConnectWiseSession : IConnectorSession
{
    private readonly CancellationTokenSource _lifetime = new();
    private readonly RequestCounter _counter = new();
    private readonly ConcurrentDictionary<(string Module, bool Push), object?> _handlers = new();
    private readonly ConnectWiseTransport _transport;
    private readonly ConnectWiseConnection _connection;
    private readonly ModuleServices _services;

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseSession"/> class.</summary>
    /// <param name="transport">The instance's transport.</param>
    /// <param name="context">The host's context.</param>
    /// <param name="mapper">The instance's mapper.</param>
    /// <param name="maxConcurrency">Records pushed at once at most.</param>
    public ConnectWiseSession(ConnectWiseTransport transport, ConnectorContext context, AutoMapper.IMapper mapper, int maxConcurrency)
    {
        _transport = transport;
        _connection = new ConnectWiseConnection(
            transport.CreateClient(),
            transport.Codebase,
            transport.Redactor,
            _counter,
            context.LoggerFactory.CreateLogger<ConnectWiseConnection>(),
            transport.Versions);
        var moduleContext = new SyncModuleContext(
            transport.Settings,
            new LookupTables(context.Lookups),
            context.Links,
            context.Records,
            context.TimeProvider,
            context.LoggerFactory,
            context.Progress,
            maxConcurrency);
        _services = new ModuleServices(
            new ConnectWiseClient(_connection),
            moduleContext,
            mapper,
            transport.Tables,
            context.Options,
            (module, type) => Handler(module, push: true, type));
    }

    /// <inheritdoc />
    public long RequestCount => _counter.Total;

    /// <inheritdoc />
    public Task<CheckReport> CheckAsync(CancellationToken cancellationToken = default) =>
        new PreflightCheck(_services, _transport.Codebase, _connection).RunAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<DiscoveryResult> DiscoverAsync(DiscoveryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sources = ModuleCatalog.All.SelectMany(m => m.DiscoverySources).ToArray();
        var source = sources.FirstOrDefault(s => string.Equals(s.Name, request.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"'{request.Name}' has no ConnectWise values to discover; known: {string.Join(", ", sources.Select(s => s.Name))}.", nameof(request));
        var values = await source.Load(_services, cancellationToken).ConfigureAwait(false);
        return new DiscoveryResult(source.Name, values, MatchSuggester.Suggest(request.BssValues, values));
    }

    /// <inheritdoc />
    public IPushModule<TRecord>? GetPushModule<TRecord>(string module)
        where TRecord : BssRecord => Handler(module, push: true, typeof(TRecord)) as IPushModule<TRecord>;

    /// <inheritdoc />
    public IPullModule<TRecord>? GetPullModule<TRecord>(string module)
        where TRecord : BssRecord => Handler(module, push: false, typeof(TRecord)) as IPullModule<TRecord>;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        _lifetime.Dispose();
    }

    private object? Handler(string module, bool push, Type recordType)
    {
        var handler = _handlers.GetOrAdd((module, push), key =>
        {
            var registration = ModuleCatalog.Find(key.Module);
            return registration is null ? null : key.Push ? registration.CreatePushModule(_services) : registration.CreatePullModule(_services);
        });
        var expected = (push ? typeof(IPushModule<>) : typeof(IPullModule<>)).MakeGenericType(recordType);
        return handler is not null && expected.IsInstanceOfType(handler) ? handler : null;
    }
}
