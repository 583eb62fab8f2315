using System.Collections.Concurrent;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Sync.Dependencies;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector;

/// <summary>
/// One run of an instance: clients over the instance's transport, setup tables read once, and the modules of
/// <see cref="ModuleCatalog"/>, each created once per session.
/// </summary>
internal sealed class ConnectWiseSession : IConnectorSession, IConformanceCheck, IPushModuleSource, IChangeNotifications, ICustomerLinking
{
    private readonly CancellationTokenSource _lifetime = new();
    private readonly RequestCounter _counter = new();
    private readonly ConcurrentDictionary<(string Module, Type Record, bool Push), object> _handlers = new();
    private readonly ConnectWiseTransport _transport;
    private readonly ConnectWiseConnection _connection;
    private readonly ModuleContext _modules;
    private readonly Lazy<Sync.Callbacks.CallbackNotifications> _callbacks;
    private readonly Lazy<Sync.Linking.CustomerLinker> _linker;

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
        _modules = new ModuleContext
        {
            Client = new ConnectWiseClient(_connection),
            Tables = transport.Tables,
            Settings = transport.Settings,
            Lookups = new LookupTables(context.Lookups),
            Mapper = mapper,
            Options = context.Options,
            Links = new Sync.PageScopedLinks(context.Links),
            Records = context.Records,
            Time = context.TimeProvider,
            LoggerFactory = context.LoggerFactory,
            Progress = context.Progress,
            MaxConcurrency = maxConcurrency,
            Modules = this,
        };
        _callbacks = new(() => new Sync.Callbacks.CallbackNotifications(_modules.Client, _transport, Pulls));
        _linker = new(() => new Sync.Linking.CustomerLinker(_modules));
    }

    /// <inheritdoc />
    public long RequestCount => _counter.Total;

    /// <inheritdoc />
    public Task<CheckReport> CheckAsync(CancellationToken cancellationToken = default) =>
        new PreflightCheck(_modules, _transport.Codebase, _connection).RunAsync(cancellationToken);

    /// <inheritdoc />
    public Task<ConformanceReport> RunConformanceAsync(bool sandboxConfirmed, CancellationToken cancellationToken = default) =>
        new Diagnostics.Conformance.ConformanceRun(_transport, _modules.Time).RunAsync(sandboxConfirmed, cancellationToken);

    /// <inheritdoc />
    public async Task<DiscoveryResult> DiscoverAsync(DiscoveryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var sources = ModuleCatalog.All.SelectMany(m => m.DiscoverySources).ToArray();
        var source = sources.FirstOrDefault(s => string.Equals(s.Name, request.Name, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"'{request.Name}' has no ConnectWise values to discover; known: {string.Join(", ", sources.Select(s => s.Name))}.", nameof(request));
        var values = await source.Load(_modules, cancellationToken).ConfigureAwait(false);
        return new DiscoveryResult(source.Name, values, MatchSuggester.Suggest(request.BssValues, values));
    }

    /// <inheritdoc cref="IConnectorSession.GetPushModule{TRecord}(string)" />
    public IPushModule<TRecord>? GetPushModule<TRecord>(string module)
        where TRecord : BssRecord =>
        ModuleCatalog.Find(module) is IPushRegistration<TRecord> registration
            ? (IPushModule<TRecord>)_handlers.GetOrAdd((module, typeof(TRecord), true), _ => registration.CreatePushModule(_modules))
            : null;

    /// <inheritdoc />
    public IPullModule<TRecord>? GetPullModule<TRecord>(string module)
        where TRecord : BssRecord =>
        ModuleCatalog.Find(module) is IPullRegistration<TRecord> registration
            ? (IPullModule<TRecord>)_handlers.GetOrAdd((module, typeof(TRecord), false), _ => registration.CreatePullModule(_modules))
            : null;

    /// <inheritdoc />
    public IDependencyResolver<TRecord> Dependency<TRecord>(string module, string entity)
        where TRecord : BssRecord => new DependencyResolver<TRecord>(_modules, module, entity, () => GetPushModule<TRecord>(module));

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

    /// <inheritdoc />
    public Task<RemoteCompanyPage> SearchCompaniesAsync(string text, string? after, CancellationToken cancellationToken = default) =>
        _linker.Value.SearchCompaniesAsync(text, after, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<RemoteContact>> ListContactsAsync(string companyId, CancellationToken cancellationToken = default) =>
        _linker.Value.ListContactsAsync(companyId, cancellationToken);

    /// <inheritdoc />
    public Task<CustomerLinkOutcome> LinkCustomerAsync(CustomerLinkRequest request, CancellationToken cancellationToken = default) =>
        _linker.Value.LinkCustomerAsync(request, cancellationToken);

    private static bool Pulls(string module) =>
        ModuleCatalog.Find(module)?.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPullRegistration<>)) == true;
}
