using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector;

/// <summary>One run of an instance: clients over the instance's transport, setup tables read once, the modules.</summary>
internal sealed class ConnectWiseSession : IConnectorSession
{
    private readonly CancellationTokenSource _lifetime = new();
    private readonly RequestCounter _counter = new();
    private readonly ConnectWiseTransport _transport;
    private readonly SyncModuleContext _context;
    private readonly ConnectWiseClient _client;
    private readonly SetupTableCache _tables;
    private readonly CompanyMapper _companyMapper;

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseSession"/> class.</summary>
    /// <param name="transport">The instance's transport.</param>
    /// <param name="context">The host's context.</param>
    /// <param name="mapper">The instance's mapper.</param>
    /// <param name="maxConcurrency">Records pushed at once at most.</param>
    public ConnectWiseSession(ConnectWiseTransport transport, ConnectorContext context, AutoMapper.IMapper mapper, int maxConcurrency)
    {
        _transport = transport;
        var connection = new ConnectWiseConnection(
            transport.CreateClient(),
            transport.Codebase,
            transport.Redactor,
            _counter,
            context.LoggerFactory.CreateLogger<ConnectWiseConnection>());
        _client = new ConnectWiseClient(connection);
        _tables = new SetupTableCache(_client, _lifetime.Token);
        _companyMapper = new CompanyMapper(mapper);
        _context = new SyncModuleContext(
            transport.Settings,
            new LookupTables(context.Lookups),
            context.Links,
            context.Records,
            context.TimeProvider,
            context.LoggerFactory,
            context.Progress,
            maxConcurrency);
    }

    /// <inheritdoc />
    public long RequestCount => _counter.Total;

    /// <inheritdoc />
    public Task<CheckReport> CheckAsync(CancellationToken cancellationToken = default) =>
        new PreflightCheck(_context.Settings, _transport.Codebase, _tables, _context.Lookups).RunAsync(cancellationToken);

    /// <inheritdoc />
    public async Task<DiscoveryResult> DiscoverAsync(DiscoveryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        IReadOnlyList<SetupTableValue> values = request.Name switch
        {
            LookupNames.AccountType => await _tables.CompanyTypesAsync().WaitAsync(cancellationToken).ConfigureAwait(false),
            ServerVariableNames.ImportAccountStatusId => await _tables.CompanyStatusesAsync().WaitAsync(cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentException($"'{request.Name}' has no ConnectWise values to discover in this version; known: {LookupNames.AccountType}, {ServerVariableNames.ImportAccountStatusId}.", nameof(request)),
        };
        var discovered = values
            .Where(v => v.Id is not null)
            .Select(v => new DiscoveredValue(v.Id!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), v.Name ?? string.Empty, v.InactiveFlag != true))
            .ToArray();
        return new DiscoveryResult(request.Name, discovered, MatchSuggester.Suggest(request.BssValues, discovered));
    }

    /// <inheritdoc />
    public IPushModule<TRecord>? GetPushModule<TRecord>(string module)
        where TRecord : BssRecord =>
        module switch
        {
            BssModules.Accounts => new AccountsPushModule(_client.Companies, _companyMapper, _context) as IPushModule<TRecord>,
            _ => null,
        };

    /// <inheritdoc />
    public IPullModule<TRecord>? GetPullModule<TRecord>(string module)
        where TRecord : BssRecord => null;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        _lifetime.Dispose();
    }
}
