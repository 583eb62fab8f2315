using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Settings;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>The in-process simulator, a connector pointed at it, and in-memory host stores.</summary>
internal sealed class SimulatorHarness : IAsyncDisposable
{
    private SimulatorHarness(ConnectWiseSimulator simulator, ConnectWiseConnector connector)
    {
        Simulator = simulator;
        Connector = connector;
    }

    /// <summary>Gets options without the per-minute limit, for tests that count requests rather than pace them.</summary>
    public static ResilienceOptions Unthrottled { get; } = new() { RequestsPerMinute = 1_000_000, MaxConcurrency = 8 };

    public ConnectWiseSimulator Simulator { get; }

    public ConnectWiseConnector Connector { get; }

    public InMemoryLinkStore Links { get; } = new();

    public InMemoryStateStore State { get; } = new();

    public InMemoryRecordSource Records { get; } = new();

    public Dictionary<string, IReadOnlyDictionary<string, string>> Lookups { get; } = new();

    public Dictionary<string, string?> Variables { get; } = new();

    public static async Task<SimulatorHarness> StartAsync(SimulatorOptions? options = null, ResilienceOptions? resilience = null)
    {
        var simulator = await ConnectWiseSimulator.StartAsync(options ?? new SimulatorOptions());
        var harness = new SimulatorHarness(simulator, new ConnectWiseConnector(null, resilience ?? ResilienceOptions.Default));
        var o = simulator.Options;
        harness.Variables[ServerVariableCatalog.ConnectWiseUrl.Name] = simulator.SiteUrl.ToString();
        harness.Variables[ServerVariableCatalog.CompanyId.Name] = o.CompanyId;
        harness.Variables[ServerVariableCatalog.PublicKey.Name] = o.PublicKey;
        harness.Variables[ServerVariableCatalog.PrivateKey.Name] = o.PrivateKey;
        harness.Variables[ServerVariableCatalog.ClientId.Name] = o.ClientId;
        harness.Variables[ServerVariableCatalog.ImportAccountStatusId.Name] = "1";
        return harness;
    }

    public Task<IConnectorSession> OpenAsync(SyncOptions? options = null) =>
        Connector.OpenSessionAsync(new ConnectorContext
        {
            InstanceName = "test",
            ServerVariables = Variables,
            Lookups = Lookups,
            Options = options ?? SyncOptions.AllEnabled,
            Links = Links,
            State = State,
            Records = Records,
            TimeProvider = Simulator.Options.TimeProvider,
        });

    public async Task<IReadOnlyList<PushResult>> PushAsync<TRecord>(string module, params TRecord[] records)
        where TRecord : BssRecord
    {
        await using var session = await OpenAsync();
        return await session.GetPushModule<TRecord>(module)!.PushAsync(records.Select(r => new PushItem<TRecord>(r, SyncOperation.Update)).ToArray(), PushOptions.Default);
    }

    public async ValueTask DisposeAsync()
    {
        Connector.Dispose();
        await Simulator.DisposeAsync();
    }
}
