using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>The simulator in this process on 127.0.0.1 and a <see cref="ConnectorHost"/> pointed at it over real HTTP.</summary>
internal sealed class BenchHarness : IAsyncDisposable
{
    private BenchHarness(ConnectWiseSimulator simulator, ResilienceOptions resilience)
    {
        Simulator = simulator;
        Host = new ConnectorHost(simulator.SiteUrl, resilience, simulator.Options.TimeProvider);
    }

    /// <summary>Gets client limits high enough that only the simulator's latency paces the requests.</summary>
    public static ResilienceOptions Unthrottled { get; } = new() { RequestsPerMinute = 1_000_000 };

    public ConnectWiseSimulator Simulator { get; }

    public ConnectorHost Host { get; }

    public ResilienceOptions Resilience => Host.Resilience;

    public InMemoryLinkStore Links => Host.Links;

    public InMemoryRecordSource Records => Host.Records;

    public Dictionary<string, IReadOnlyDictionary<string, string>> Lookups => Host.Lookups;

    public static async Task<BenchHarness> StartAsync(ResilienceOptions resilience, TimeProvider? clock, CancellationToken cancellationToken)
    {
        var options = new SimulatorOptions { TimeProvider = clock ?? TimeProvider.System };
        return new BenchHarness(await ConnectWiseSimulator.StartAsync(options, cancellationToken), resilience);
    }

    public Task<IConnectorSession> OpenAsync(CancellationToken cancellationToken) => Host.OpenAsync(cancellationToken);

    public Task<PushTally> PushAsync<TRecord>(string module, IReadOnlyList<TRecord> records, int batchSize, CancellationToken cancellationToken)
        where TRecord : BssRecord =>
        Host.PushAsync(module, records, batchSize, cancellationToken);

    public Task<(int Records, string? Checkpoint)> PullAsync<TRecord>(string module, string? cursor, CancellationToken cancellationToken)
        where TRecord : BssRecord =>
        Host.PullAsync<TRecord>(module, cursor, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Simulator.DisposeAsync().ConfigureAwait(false);
    }
}
