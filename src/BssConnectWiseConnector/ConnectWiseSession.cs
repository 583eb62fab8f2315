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
internal sealed class ConnectWiseSession : IConnectorSession, IConformanceCheck, IChangeNotifications
{
    private readonly CancellationTokenSource _lifetime = new();
    private readonly RequestCounter _counter = new();
    private readonly ConcurrentDictionary<(string Module, bool Push), object?> _handlers = new();
    private readonly ConnectWiseTransport _transport;
    private readonly ConnectWiseConnection _connection;
    private readonly ModuleServices _services;
    private readonly Lazy<Sync.Callbacks.CallbackNotifications> _callbacks;

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
        _callbacks = new(() => new Sync.Callbacks.CallbackNotifications(_services.Client, _transport, module => CreatedHandler(module, push: false) is not null));
    }

    /// <inheritdoc />
    public long RequestCount => _counter.Total;

    /// <inheritdoc />
    public Task<CheckReport> CheckAsync(CancellationToken cancellationToken = default) =>
        new PreflightCheck(_services, _transport.Codebase, _connection).RunAsync(cancellationToken);

    /// <inheritdoc />
    public Task<ConformanceReport> RunConformanceAsync(bool sandboxConfirmed, CancellationToken cancellationToken = default) =>
        new Diagnostics.Conformance.ConformanceRun(_transport, _services.Context.Time).RunAsync(sandboxConfirmed, cancellationToken);

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

    /// <inheritdoc />
    public IReadOnlyList<string> NotifiableModules => _callbacks.Value.NotifiableModules;

    /// <inheritdoc />
    public Task<IReadOnlyList<NotificationRegistration>> RegisterAsync(Uri receiverUrl, IReadOnlyList<string> modules, CancellationToken cancellationToken = default) =>
        _callbacks.Value.RegisterAsync(receiverUrl, modules, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<NotificationRegistration>> ListRegistrationsAsync(Uri? receiverUrl, CancellationToken cancellationToken = default) =>
        _callbacks.Value.ListRegistrationsAsync(receiverUrl, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<NotificationRegistration>> UnregisterAsync(Uri receiverUrl, CancellationToken cancellationToken = default) =>
        _callbacks.Value.UnregisterAsync(receiverUrl, cancellationToken);

    /// <inheritdoc />
    public ChangeNotification ReadNotification(ReadOnlySpan<byte> body) => _callbacks.Value.ReadNotification(body);

    /// <inheritdoc />
    public Task<NotificationSigningKey> FetchSigningKeyAsync(Uri keyUrl, CancellationToken cancellationToken = default) =>
        _callbacks.Value.FetchSigningKeyAsync(keyUrl, cancellationToken);

    /// <inheritdoc />
    public bool IsSignatureValid(ReadOnlySpan<byte> body, string signature, NotificationSigningKey key) =>
        _callbacks.Value.IsSignatureValid(body, signature, key);

    private object? CreatedHandler(string module, bool push) =>
        _handlers.GetOrAdd((module, push), key =>
        {
            var registration = ModuleCatalog.Find(key.Module);
            return registration is null ? null : key.Push ? registration.CreatePushModule(_services) : registration.CreatePullModule(_services);
        });

    private object? Handler(string module, bool push, Type recordType)
    {
        var handler = CreatedHandler(module, push);
        var expected = (push ? typeof(IPushModule<>) : typeof(IPullModule<>)).MakeGenericType(recordType);
        return handler is not null && expected.IsInstanceOfType(handler) ? handler : null;
    }
}
