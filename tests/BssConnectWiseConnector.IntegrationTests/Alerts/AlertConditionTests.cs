using System.Text.Json;
using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host;
using Bss.IntegrationFramework.Host.Alerts;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Alerts;

/// <summary>Each alert condition against the simulator: raised once, kept open while its cause stays, closed by the run that sees it gone.</summary>
[TestClass]
public sealed class AlertConditionTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_CredentialsRefused_RaisedOnceSignedAndClosedWhenFixed()
    {
        await using var harness = await AlertHarness.StartAsync(Token);
        var privateKey = harness.Simulator.Options.PrivateKey;
        harness.Simulator.Options.PrivateKey = "rotated-private-key-9c2e";

        var first = await harness.SyncAsync(Token);
        var second = await harness.SyncAsync(Token);

        Assert.AreEqual(1, first.Alerts.Count(a => a.Event == AlertEvents.Raised && a.Alert.Condition == AlertCondition.CredentialsRefused), string.Join("; ", first.Alerts.Select(a => $"{a.Event} {a.Alert.Condition} {a.Alert.Message}")));
        Assert.IsEmpty(second.Alerts, "the second run finds the same causes and raises nothing");
        var open = await harness.OpenAsync(AlertCondition.CredentialsRefused, Token);
        Assert.HasCount(1, open);
        Assert.AreEqual(second.RunId, open[0].LastSeenRunId);
        StringAssert.Contains(open[0].Fix, "keys");

        harness.Simulator.Options.PrivateKey = privateKey;
        var fixedRun = await harness.SyncAsync(Token);

        var closed = fixedRun.Alerts.Single(a => a.Alert.Condition == AlertCondition.CredentialsRefused);
        Assert.AreEqual(AlertEvents.Closed, closed.Event);
        Assert.AreEqual(fixedRun.RunId, closed.Alert.ClosedRunId);
        Assert.IsEmpty(await harness.OpenAsync(AlertCondition.CredentialsRefused, Token));

        var events = harness.Receiver.Requests.Where(r => r.Text.Contains(nameof(AlertCondition.CredentialsRefused), StringComparison.Ordinal)).ToList();
        Assert.HasCount(2, events, "one notification when raised, one when closed, none for the run in between");
        CollectionAssert.AreEqual(new[] { AlertEvents.Raised, AlertEvents.Closed }, events.Select(e => e.Event).ToArray());
        foreach (var request in harness.Receiver.Requests)
        {
            Assert.IsTrue(WebhookSignature.Verify(AlertHarness.Secret, request.Body, request.Signature), "signed with the administrator's secret");
            foreach (var secret in new[] { AlertHarness.Secret, privateKey, harness.Simulator.Options.PublicKey, harness.Simulator.Options.ClientId, "rotated-private-key-9c2e" })
            {
                Assert.DoesNotContain(secret, request.Text);
            }

            Assert.DoesNotContain("Contoso Branch", request.Text, "no record's name or address, only ids");
        }

        using var body = JsonDocument.Parse(events[0].Body);
        Assert.AreEqual("acme", body.RootElement.GetProperty("instance").GetString());
        Assert.AreEqual(first.RunId, body.RootElement.GetProperty("runId").GetInt64());
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_PermissionRevoked_RaisedForTheModuleAndClosedWhenGranted()
    {
        var options = new SimulatorOptions();
        var limited = SimulatorApiMember.Create("Limited", "limited-public", "limited-private", ApiPermission.All.Where(p => p != ApiPermission.CompanyMaintenance));
        options.ApiMembers.Add(limited);
        await using var harness = await AlertHarness.StartAsync(Token, options);
        await new InstanceActivation(harness.Host.Services).SetVariablesAsync(harness.Instance, new Dictionary<string, string?> { ["PublicKey"] = "limited-public", ["PrivateKey"] = "limited-private" }, Token);

        var first = await harness.SyncAsync(Token);
        var second = await harness.SyncAsync(Token);

        var raised = first.Alerts.Where(a => a.Event == AlertEvents.Raised && a.Alert.Condition == AlertCondition.PermissionMissing).ToList();
        Assert.IsTrue(raised.Any(a => a.Alert.Subject == BssModules.Accounts), string.Join("; ", first.Alerts.Select(a => $"{a.Alert.Condition} {a.Alert.Subject}")));
        StringAssert.Contains(raised.First(a => a.Alert.Subject == BssModules.Accounts).Alert.Message, "Company Maintenance");
        Assert.IsEmpty(await harness.OpenAsync(AlertCondition.CredentialsRefused, Token), "the keys are accepted: only a permission is missing");
        Assert.IsFalse(second.Alerts.Any(a => a.Alert.Condition == AlertCondition.PermissionMissing));

        limited.Permissions.Add(ApiPermission.CompanyMaintenance);
        var fixedRun = await harness.SyncAsync(Token);

        Assert.IsTrue(fixedRun.Alerts.Any(a => a.Event == AlertEvents.Closed && a.Alert.Subject == BssModules.Accounts));
        Assert.IsEmpty(await harness.OpenAsync(AlertCondition.PermissionMissing, Token));
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_RequiredLookupValueUnmapped_RaisedOnceAndClosedWhenMapped()
    {
        await using var harness = await AlertHarness.StartAsync(Token, webhook: false);
        await harness.Host.Services.Records.UpsertAsync([new Product { Id = "P-1", Name = "Router", ProductType = "Hardware" }], Token);

        var first = await harness.SyncAsync(Token);
        var second = await harness.SyncAsync(Token);

        var raised = first.Alerts.Single(a => a.Alert.Condition == AlertCondition.UnmappedLookupValues);
        Assert.AreEqual("ProductType lookup", raised.Alert.Subject);
        StringAssert.Contains(raised.Alert.Message, "'Hardware'");
        StringAssert.Contains(raised.Alert.Fix, "lookups");
        Assert.IsEmpty(second.Alerts);

        await harness.Host.Services.Lookups.SetAsync(harness.Instance.Id, "ProductType", "Hardware", "1", Token);
        var fixedRun = await harness.SyncAsync(Token);

        Assert.AreEqual(AlertEvents.Closed, fixedRun.Alerts.Single(a => a.Alert.Condition == AlertCondition.UnmappedLookupValues).Event);
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_RecordQuarantined_RaisedOnceAndClosedAfterResync()
    {
        await using var harness = await AlertHarness.StartAsync(Token, webhook: false);
        await harness.Host.Services.Records.UpsertAsync([new Product { Id = "P-1", Name = "Router", ProductType = "Hardware" }], Token);
        var twice = new RetryPolicy(2, TimeSpan.Zero, TimeSpan.Zero);

        var failedOnce = await harness.SyncAsync(Token, SyncDirection.Push, twice, BssModules.Products);
        var quarantined = await harness.SyncAsync(Token, SyncDirection.Push, twice, BssModules.Products);
        var held = await harness.SyncAsync(Token, SyncDirection.Push, twice, BssModules.Products);

        Assert.IsFalse(failedOnce.Alerts.Any(a => a.Alert.Condition == AlertCondition.RecordsQuarantined), "one failure is not a quarantine");
        var raised = quarantined.Alerts.Single(a => a.Alert.Condition == AlertCondition.RecordsQuarantined);
        Assert.AreEqual(BssModules.Products, raised.Alert.Subject);
        StringAssert.Contains(raised.Alert.Message, "1 Products record quarantined");
        StringAssert.Contains(raised.Alert.Message, "P-1");
        StringAssert.Contains(raised.Alert.Fix, "resync acme Products");
        Assert.IsFalse(held.Alerts.Any(a => a.Alert.Condition == AlertCondition.RecordsQuarantined), "a record still in quarantine raises nothing new");

        await new FailureStore(harness.Host.Services.Database, harness.Instance.Id).ClearAsync(BssModules.Products, "*", Token);
        var afterResync = await harness.SyncAsync(Token, SyncDirection.Push, twice, BssModules.Accounts);

        Assert.AreEqual(AlertEvents.Closed, afterResync.Alerts.Single(a => a.Alert.Condition == AlertCondition.RecordsQuarantined).Event);
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_FailedRecordsAboveThreshold_RaisedAndClosedWhenNoLongerAbove()
    {
        await using var harness = await AlertHarness.StartAsync(Token, webhook: false);
        var alerts = harness.Host.Services.Alerts;
        await harness.Host.Services.Records.UpsertAsync([new Product { Id = "P-1", Name = "Router", ProductType = "Hardware" }, new Product { Id = "P-2", Name = "Switch", ProductType = "Hardware" }], Token);
        await alerts.SetConditionAsync(harness.Instance.Id, new AlertConditionSetting(AlertCondition.FailedRecords, true, "2"), Token);

        var atThreshold = await harness.SyncAsync(Token, modules: BssModules.Products);
        await alerts.SetConditionAsync(harness.Instance.Id, new AlertConditionSetting(AlertCondition.FailedRecords, true, "1"), Token);
        var above = await harness.SyncAsync(Token, modules: BssModules.Products);
        await alerts.SetConditionAsync(harness.Instance.Id, new AlertConditionSetting(AlertCondition.FailedRecords, false, "1"), Token);
        var switchedOff = await harness.SyncAsync(Token, modules: BssModules.Products);

        Assert.AreEqual(2, atThreshold.FailedCount, "both products fail: their type is not mapped");
        Assert.IsFalse(atThreshold.Alerts.Any(a => a.Alert.Condition == AlertCondition.FailedRecords), "2 failures are not above 2");
        var raised = above.Alerts.Single(a => a.Alert.Condition == AlertCondition.FailedRecords);
        StringAssert.Contains(raised.Alert.Message, "2 records failed, more than the threshold of 1");
        Assert.AreEqual(AlertEvents.Closed, switchedOff.Alerts.Single(a => a.Alert.Condition == AlertCondition.FailedRecords).Event, "a condition switched off closes its alerts");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task ProcessRun_DriftReported_RaisedKeptWhileSubscriptionsDidNotRunAndClosedWhenGone()
    {
        await using var harness = await AlertHarness.StartAsync(Token, webhook: false);
        var services = harness.Host.Services;
        var drift = new RunResultRecord
        {
            RunId = 0,
            Module = BssModules.Subscriptions,
            BssId = "SUB-7",
            Operation = nameof(SyncOperation.Update),
            Outcome = nameof(PushOutcome.Skipped),
            Reason = "Changed by hand in ConnectWise since the last push: quantity 5 → 7. Left as it is (drift policy ReportOnly); settle it in the BSS or in ConnectWise.",
            At = harness.Clock.GetUtcNow(),
        };
        var pushed = new ModuleRunStats { Module = BssModules.Subscriptions, Direction = "push", Skipped = 1 };

        var raised = await ProcessAsync(services, [pushed], [drift]);
        var notJudged = await ProcessAsync(services, [new ModuleRunStats { Module = BssModules.Accounts, Direction = "push" }], []);
        var unchanged = drift with { Outcome = nameof(PushOutcome.Unchanged), Reason = null };
        var gone = await ProcessAsync(services, [pushed with { Skipped = 0, Unchanged = 1 }], [unchanged]);

        var alert = raised.Single(a => a.Alert.Condition == AlertCondition.DriftReported);
        Assert.AreEqual(AlertEvents.Raised, alert.Event);
        StringAssert.Contains(alert.Alert.Message, "1 subscription changed by hand in ConnectWise since the last push: SUB-7");
        Assert.IsFalse(notJudged.Any(a => a.Alert.Condition == AlertCondition.DriftReported), "a run without subscriptions says nothing of drift");
        Assert.AreEqual(AlertEvents.Closed, gone.Single(a => a.Alert.Condition == AlertCondition.DriftReported).Event);
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_NoRunCompletedForLongerThanThreshold_RaisedAndClosedByTheNextCompletedRun()
    {
        await using var harness = await AlertHarness.StartAsync(Token, webhook: false);
        await harness.Host.Services.Alerts.SetConditionAsync(harness.Instance.Id, new AlertConditionSetting(AlertCondition.RunNotSucceeded, true, "6h"), Token);
        var privateKey = harness.Simulator.Options.PrivateKey;
        harness.Simulator.Options.PrivateKey = "rotated-private-key-4411";

        await Assert.ThrowsAsync<Exception>(() => harness.SyncAsync(Token, SyncDirection.Pull));
        harness.Clock.Advance(TimeSpan.FromHours(5));
        await Assert.ThrowsAsync<Exception>(() => harness.SyncAsync(Token, SyncDirection.Pull));
        var withinThreshold = await harness.OpenAsync(AlertCondition.RunNotSucceeded, Token);
        harness.Clock.Advance(TimeSpan.FromHours(2));
        await Assert.ThrowsAsync<Exception>(() => harness.SyncAsync(Token, SyncDirection.Pull));
        harness.Clock.Advance(TimeSpan.FromHours(2));
        await Assert.ThrowsAsync<Exception>(() => harness.SyncAsync(Token, SyncDirection.Pull));
        var open = await harness.OpenAsync(AlertCondition.RunNotSucceeded, Token);

        Assert.IsEmpty(withinThreshold, "5 hours without a completed run is within 6h");
        Assert.HasCount(1, open, "raised once, however many runs fail after");
        StringAssert.Contains(open[0].Message, "2026-12-01 08:00:00Z");
        StringAssert.Contains(open[0].Message, "The last run failed");

        harness.Simulator.Options.PrivateKey = privateKey;
        var completed = await harness.SyncAsync(Token, SyncDirection.Pull);

        Assert.AreEqual(AlertEvents.Closed, completed.Alerts.Single(a => a.Alert.Condition == AlertCondition.RunNotSucceeded).Event);
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_ConditionSwitchedOff_RaisesNothing()
    {
        await using var harness = await AlertHarness.StartAsync(Token);
        await harness.Host.Services.Alerts.SetConditionAsync(harness.Instance.Id, new AlertConditionSetting(AlertCondition.CredentialsRefused, false, null), Token);
        harness.Simulator.Options.PrivateKey = "rotated-private-key-0000";

        var run = await harness.SyncAsync(Token);

        Assert.IsFalse(run.Alerts.Any(a => a.Alert.Condition == AlertCondition.CredentialsRefused));
        Assert.IsTrue(run.Alerts.Any(a => a.Alert.Condition == AlertCondition.FailedRecords), "the other conditions still raise");
    }

    private static async Task<IReadOnlyList<AlertChange>> ProcessAsync(HostServices services, IReadOnlyList<ModuleRunStats> modules, IReadOnlyList<RunResultRecord> results)
    {
        var runtime = await InstanceRuntime.CreateAsync(services, "acme", null, CancellationToken.None);
        await using (runtime)
        {
            var runId = await services.Runs.StartAsync(runtime.Instance.Id, false, CancellationToken.None);
            await services.Runs.FinishAsync(runId, RunStatus.Succeeded, 0, null, CancellationToken.None);
            var result = new SyncRunResult(runId, RunStatus.Succeeded, modules, [.. results.Select(r => r with { RunId = runId })], 0);
            return await new AlertEngine(services).ProcessRunAsync(new RunOutcome(runtime, runId, result, null), CancellationToken.None);
        }
    }
}
