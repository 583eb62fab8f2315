using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>
/// What a BSS host holds for one connector instance: the connector pointed at a simulator's site, the instance's
/// settings and lookups, and in-memory link, cursor and record stores. Each run opens a session, as the host does.
/// </summary>
internal sealed class ConnectorHost : IDisposable
{
    public ConnectorHost(Uri siteUrl, ResilienceOptions resilience, TimeProvider clock)
    {
        Resilience = resilience;
        Clock = clock;
        Connector = new ConnectWiseConnector(null, resilience);
        var credentials = new SimulatorOptions();
        Variables[ServerVariableCatalog.ConnectWiseUrl.Name] = siteUrl.ToString();
        Variables[ServerVariableCatalog.CompanyId.Name] = credentials.CompanyId;
        Variables[ServerVariableCatalog.PublicKey.Name] = credentials.PublicKey;
        Variables[ServerVariableCatalog.PrivateKey.Name] = credentials.PrivateKey;
        Variables[ServerVariableCatalog.ClientId.Name] = credentials.ClientId;
        Variables[ServerVariableCatalog.ImportAccountStatusId.Name] = "1";
        Lookups[LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "1" };
    }

    public ResilienceOptions Resilience { get; }

    public TimeProvider Clock { get; }

    public ConnectWiseConnector Connector { get; }

    public InMemoryLinkStore Links { get; } = new();

    public InMemoryStateStore State { get; } = new();

    public InMemoryRecordSource Records { get; } = new();

    public Dictionary<string, IReadOnlyDictionary<string, string>> Lookups { get; } = new();

    public Dictionary<string, string?> Variables { get; } = new();

    public Task<IConnectorSession> OpenAsync(CancellationToken cancellationToken) =>
        Connector.OpenSessionAsync(
            new ConnectorContext
            {
                InstanceName = "bench",
                ServerVariables = Variables,
                Lookups = Lookups,
                Links = Links,
                State = State,
                Records = Records,
                TimeProvider = Clock,
            },
            cancellationToken);

    /// <summary>Pushes records in one session, in batches as the host does.</summary>
    public async Task<PushTally> PushAsync<TRecord>(string module, IReadOnlyList<TRecord> records, int batchSize, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        var tally = new PushTally();
        await using var session = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var push = session.GetPushModule<TRecord>(module)
            ?? throw new InvalidOperationException($"The connector has no push module '{module}'.");
        foreach (var batch in records.Chunk(Math.Max(1, batchSize)))
        {
            var items = batch.Select(r => new PushItem<TRecord>(r, SyncOperation.Update)).ToArray();
            tally.Add(await push.PushAsync(items, PushOptions.Default, cancellationToken).ConfigureAwait(false));
        }

        return tally;
    }

    /// <summary>Pulls a module in one session, counting what arrives and keeping nothing but the last checkpoint.</summary>
    public async Task<(int Records, string? Checkpoint)> PullAsync<TRecord>(string module, string? cursor, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        await using var session = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await PullRunner.PullAsync<TRecord>(session, module, cursor, State, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => Connector.Dispose();
}
