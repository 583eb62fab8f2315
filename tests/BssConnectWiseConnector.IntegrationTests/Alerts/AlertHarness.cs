using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Alerts;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Alerts;

/// <summary>A simulator, a host on a hand-moved clock with instance 'acme' and three accounts, and a webhook receiver.</summary>
internal sealed class AlertHarness : IAsyncDisposable
{
    public const string Secret = "alert-webhook-secret-5b1f";

    private AlertHarness(ConnectWiseSimulator simulator, TestHost host, ManualClock clock, InstanceInfo instance, WebhookReceiver receiver)
    {
        Simulator = simulator;
        Host = host;
        Clock = clock;
        Instance = instance;
        Receiver = receiver;
    }

    public ConnectWiseSimulator Simulator { get; }

    public TestHost Host { get; }

    public ManualClock Clock { get; }

    public InstanceInfo Instance { get; }

    public WebhookReceiver Receiver { get; }

    public static async Task<AlertHarness> StartAsync(CancellationToken cancellationToken, SimulatorOptions? options = null, bool webhook = true)
    {
        var simulator = await ConnectWiseSimulator.StartAsync(options ?? new SimulatorOptions(), cancellationToken);
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        var host = await TestHost.StartAsync(cancellationToken, clock);
        var instance = await SimulatorInstance.ActivateAsync(host.Services, simulator, "acme", cancellationToken);
        await host.Services.Records.UpsertAsync([.. SampleAccounts.Create(3)], cancellationToken);
        var receiver = new WebhookReceiver();
        if (webhook)
        {
            await host.Services.Alerts.SetWebhookAsync(instance.Id, receiver.Url, Secret, cancellationToken);
        }

        return new AlertHarness(simulator, host, clock, instance, receiver);
    }

    public async Task<SyncRunResult> SyncAsync(CancellationToken cancellationToken, SyncDirection direction = SyncDirection.Push, RetryPolicy? retryPolicy = null, params string[] modules) =>
        await new SyncRunner(Host.Services).RunAsync(
            new SyncRequest
            {
                InstanceName = Instance.Name,
                Direction = direction,
                Modules = modules.Length == 0 ? [BssModules.Accounts] : modules,
                RetryPolicy = retryPolicy ?? RetryPolicy.Default,
            },
            null,
            cancellationToken);

    public async Task<IReadOnlyList<AlertRecord>> OpenAsync(AlertCondition condition, CancellationToken cancellationToken) =>
        [.. (await Host.Services.Alerts.GetOpenAsync(Instance.Id, cancellationToken)).Where(a => a.Condition == condition)];

    public async ValueTask DisposeAsync()
    {
        Receiver.Dispose();
        await Host.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
