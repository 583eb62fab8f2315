using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Alerts;
using Bss.IntegrationFramework.Host.Callbacks;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Callbacks;

/// <summary>Polling as the safety net: the longer interval while callbacks are healthy, and the alert when they are silent.</summary>
[TestClass]
public sealed class CallbacksSilentAlertTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task PollingFindsChangesAfterSixHoursWithoutCallbacks_RaisesCallbacksSilentAndPollsAtTheNormalInterval()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));
        await using var simulator = await ConnectWiseSimulator.StartAsync(cancellationToken: TestContext.CancellationToken);
        await using var host = await TestHost.StartAsync(TestContext.CancellationToken, clock);
        var instance = await SimulatorInstance.ActivateAsync(host.Services, simulator, "acme", TestContext.CancellationToken);
        await host.Services.Records.UpsertAsync(SampleAccounts.Create(2), TestContext.CancellationToken);
        var runner = new SyncRunner(host.Services);
        await runner.RunAsync(new SyncRequest { InstanceName = "acme", Modules = [BssModules.Accounts] }, null, TestContext.CancellationToken);

        // ConnectWise posts to an address that is not this host: the host never hears of a change.
        using var elsewhere = new LoopbackReceiver();
        await new CallbackRegistrar(host.Services).EnableAsync("acme", elsewhere.Url.ToString(), null, TestContext.CancellationToken);
        var scheduler = new SyncScheduler(host.Services, TimeSpan.FromHours(1));
        Assert.AreEqual(TimeSpan.FromHours(1), await scheduler.NextIntervalAsync("acme", TimeSpan.FromMinutes(10), TestContext.CancellationToken), "just enabled: healthy");

        clock.Advance(TimeSpan.FromHours(7));
        var companyId = int.Parse((await host.Services.LinksOf(instance).GetManyAsync(BssModules.Accounts, ["ACC-0001"], TestContext.CancellationToken))["ACC-0001"].RemoteId, System.Globalization.CultureInfo.InvariantCulture);
        simulator.Store.Update("company/companies", companyId, c => c["phoneNumber"] = "+1 217 555 0707");
        var pulled = await runner.RunAsync(new SyncRequest { InstanceName = "acme", Modules = [BssModules.Accounts], Direction = SyncDirection.Pull }, null, TestContext.CancellationToken);

        Assert.IsGreaterThan(0, pulled.Modules.Sum(m => m.Pulled));
        var raised = pulled.Alerts.Single(a => a.Alert.Condition == AlertCondition.CallbacksSilent);
        Assert.AreEqual(AlertEvents.Raised, raised.Event);
        Assert.Contains("Callbacks look broken", raised.Alert.Message);
        Assert.Contains("callbacks show acme", raised.Alert.Fix);
        Assert.AreEqual(TimeSpan.FromMinutes(10), await scheduler.NextIntervalAsync("acme", TimeSpan.FromMinutes(10), TestContext.CancellationToken), "silent: polling at the normal interval");

        // A callback arrives again: healthy, and the next run closes the alert.
        Assert.IsTrue(await new CallbackStore(host.Services.Database).TryEnqueueAsync(instance.Id, "digest-1", BssModules.Accounts, "1", "updated", TestContext.CancellationToken));
        var next = await runner.RunAsync(new SyncRequest { InstanceName = "acme", Modules = [BssModules.Accounts], Direction = SyncDirection.Pull }, null, TestContext.CancellationToken);

        Assert.AreEqual(AlertEvents.Closed, next.Alerts.Single(a => a.Alert.Condition == AlertCondition.CallbacksSilent).Event);
        Assert.AreEqual(TimeSpan.FromHours(1), await scheduler.NextIntervalAsync("acme", TimeSpan.FromMinutes(10), TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task NextInterval_CallbacksNotEnabled_IsTheNormalInterval()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(cancellationToken: TestContext.CancellationToken);
        await using var host = await TestHost.StartAsync(TestContext.CancellationToken);
        await SimulatorInstance.ActivateAsync(host.Services, simulator, "acme", TestContext.CancellationToken);

        var interval = await new SyncScheduler(host.Services, TimeSpan.FromHours(1)).NextIntervalAsync("acme", TimeSpan.FromMinutes(10), TestContext.CancellationToken);

        Assert.AreEqual(TimeSpan.FromMinutes(10), interval);
    }
}
