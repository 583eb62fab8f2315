using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

[TestClass]
public sealed class SchedulerBehaviourTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Run_RecordKeepsFailing_IsQuarantinedAndNoLongerSent()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var host = await TestHost.StartAsync(Token);
        await SimulatorInstance.ActivateAsync(host.Services, simulator, "e2e", Token);
        await host.Services.Records.UpsertAsync([SampleAccounts.Create(1)[0], new Account { Id = "BAD", Code = "BAD1", Name = "Unmapped", Type = "Reseller", BillingAddress = new Address { City = "Springfield" } }], Token);
        var runner = new SyncRunner(host.Services);
        var request = new SyncRequest { InstanceName = "e2e", Modules = [BssModules.Accounts], RetryPolicy = new RetryPolicy(2, TimeSpan.Zero, TimeSpan.Zero) };

        var first = await runner.RunAsync(request, null, Token);
        var second = await runner.RunAsync(request, null, Token);
        var third = await runner.RunAsync(request, null, Token);

        Assert.AreEqual(nameof(PushOutcome.Failed), first.Results.Single(r => r.BssId == "BAD").Outcome);
        var quarantined = second.Results.Single(r => r.BssId == "BAD");
        Assert.AreEqual("Quarantined", quarantined.Outcome);
        Assert.AreEqual(2, quarantined.Attempts);
        var held = third.Results.Single(r => r.BssId == "BAD");
        Assert.AreEqual("Quarantined", held.Outcome);
        StringAssert.Contains(held.Reason, "resync e2e Accounts BAD");
        Assert.AreEqual(1, third.Modules.Single().Quarantined);
        Assert.AreEqual(RunStatus.CompletedWithFailures, third.Status);
    }

    [TestMethod]
    public async Task Run_HonouringRetryDelays_SkipsARecentFailureUntilItsTime()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var host = await TestHost.StartAsync(Token);
        await SimulatorInstance.ActivateAsync(host.Services, simulator, "e2e", Token);
        await host.Services.Records.UpsertAsync([new Account { Id = "BAD", Code = "BAD1", Name = "Unmapped", Type = "Reseller", BillingAddress = new Address { City = "Springfield" } }], Token);
        var runner = new SyncRunner(host.Services);
        var request = new SyncRequest { InstanceName = "e2e", Modules = [BssModules.Accounts], HonourRetryDelays = true };

        await runner.RunAsync(request, null, Token);
        var second = await runner.RunAsync(request, null, Token);
        var manual = await runner.RunAsync(request with { HonourRetryDelays = false }, null, Token);

        Assert.AreEqual(nameof(PushOutcome.Skipped), second.Results.Single().Outcome);
        StringAssert.Contains(second.Results.Single().Reason, "retried after");
        Assert.AreEqual(nameof(PushOutcome.Failed), manual.Results.Single().Outcome);
        Assert.AreEqual(2, manual.Results.Single().Attempts);
    }

    [TestMethod]
    public async Task Run_WhileAnotherLiveRunHoldsTheInstance_IsRefused()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var host = await TestHost.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(host.Services, simulator, "e2e", Token);
        var otherRun = await host.Services.Runs.StartAsync(instance.Id, false, Token);
        await new RunLockStore(host.Services.Database).AcquireAsync(instance.Id, otherRun, Token);

        var error = await Assert.ThrowsExactlyAsync<HostException>(() => new SyncRunner(host.Services).RunAsync(new SyncRequest { InstanceName = "e2e" }, null, Token));

        StringAssert.Contains(error.Message, "in progress");
    }

    [TestMethod]
    public async Task Run_AfterAProcessDiedMidRun_TakesOverItsLockAndResumes()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var host = await TestHost.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(host.Services, simulator, "e2e", Token);
        var accounts = SampleAccounts.Create(4);
        await host.Services.Records.UpsertAsync(accounts, Token);
        var runner = new SyncRunner(host.Services);
        var request = new SyncRequest { InstanceName = "e2e", Modules = [BssModules.Accounts], BatchSize = 2 };
        await runner.RunAsync(request, null, Token);

        // Simulate a process killed mid-run: a Running run whose lock names a process that no longer exists,
        // and half of the links lost (their records were never confirmed).
        var deadRun = await host.Services.Runs.StartAsync(instance.Id, false, Token);
        var connection = await host.Services.Database.ConnectAsync(Token);
        await using (connection)
        {
            await connection.ExecuteAsync("INSERT INTO run_locks (instance_id, run_id, machine, pid, acquired_at) VALUES ($i, $r, $m, 2147483000, '2026-01-01T00:00:00Z');", Token, null, ("$i", instance.Id), ("$r", deadRun), ("$m", Environment.MachineName));
        }

        var links = host.Services.LinksOf(instance);
        await links.RemoveAsync(BssModules.Accounts, accounts[3].Id, Token);
        var writesBefore = simulator.Requests.WriteCount;

        var resumed = await runner.RunAsync(request, null, Token);

        Assert.AreEqual(RunStatus.Succeeded, resumed.Status, string.Join("; ", resumed.Results.Select(r => r.Reason)));
        Assert.AreEqual(RunStatus.Failed, (await host.Services.Runs.FindAsync(deadRun, Token))?.Status);
        Assert.IsGreaterThanOrEqualTo(3, resumed.Results.Count(r => r.Outcome == nameof(PushOutcome.Unchanged)), "the linked records cost nothing");
        Assert.IsNotNull((await links.GetManyAsync(BssModules.Accounts, [accounts[3].Id], Token)).GetValueOrDefault(accounts[3].Id));
        Assert.AreEqual(4, simulator.Store.Count("company/companies"), "the lost link is found again by its identifier, not created twice");
        Assert.IsLessThanOrEqualTo(1, simulator.Requests.WriteCount - writesBefore);
    }

    [TestMethod]
    public async Task Run_TwoInstancesSideBySide_KeepSeparateLinksAndCredentials()
    {
        await using var first = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await using var second = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { CompanyId = "other", PrivateKey = "other-private" }, Token);
        await using var host = await TestHost.StartAsync(Token);
        var a = await SimulatorInstance.ActivateAsync(host.Services, first, "first", Token);
        var b = await SimulatorInstance.ActivateAsync(host.Services, second, "second", Token);
        await host.Services.Records.UpsertAsync(SampleAccounts.Create(3), Token);
        var runner = new SyncRunner(host.Services);

        var runs = await Task.WhenAll(
            runner.RunAsync(new SyncRequest { InstanceName = "first", Modules = [BssModules.Accounts] }, null, Token),
            runner.RunAsync(new SyncRequest { InstanceName = "second", Modules = [BssModules.Accounts] }, null, Token));

        Assert.IsTrue(runs.All(r => r.Status == RunStatus.Succeeded), string.Join("; ", runs.SelectMany(r => r.Results).Select(r => r.Reason)));
        Assert.AreEqual(3, first.Store.Count("company/companies"));
        Assert.AreEqual(3, second.Store.Count("company/companies"));
        Assert.HasCount(3, await host.Services.LinksOf(a).ListAsync(null, Token));
        Assert.HasCount(3, await host.Services.LinksOf(b).ListAsync(null, Token));
    }
}
