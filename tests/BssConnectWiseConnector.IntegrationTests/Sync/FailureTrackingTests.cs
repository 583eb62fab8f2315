using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

[TestClass]
public sealed class FailureTrackingTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 8, 0, 0, TimeSpan.Zero);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Apply_DataFailureAtTheLastAttempt_IsQuarantinedWithTheResyncCommand()
    {
        await using var host = await TestHost.StartAsync(Token);
        var scope = await RunScopes.StartAsync(host, "tracked", new RetryPolicy(5, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)), Token);

        var update = FailureTracking.Apply(scope, [Failure(scope, FailureKind.Data)], Previous(4, FailureKind.Data), Now);

        var result = update.Results.Single();
        Assert.AreEqual(RecordOutcomes.Quarantined, result.Outcome);
        Assert.AreEqual(5, result.Attempts);
        StringAssert.Contains(result.Reason, "resync tracked Subscriptions SUB-14");
        Assert.IsTrue(update.Saved.Single().Quarantined);
    }

    [TestMethod]
    public async Task Apply_TransientFailureAtAndPastTheLastAttempt_IsRetriedNotQuarantined()
    {
        await using var host = await TestHost.StartAsync(Token);
        var scope = await RunScopes.StartAsync(host, "tracked", new RetryPolicy(5, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)), Token);

        foreach (var before in new[] { 4, 11 })
        {
            var update = FailureTracking.Apply(scope, [Failure(scope, FailureKind.Transient)], Previous(before, FailureKind.Transient), Now);

            var result = update.Results.Single();
            Assert.AreEqual(nameof(PushOutcome.Failed), result.Outcome, $"after {before} failures");
            Assert.AreEqual(before + 1, result.Attempts);
            Assert.DoesNotContain("Quarantined", result.Reason!);
            var saved = update.Saved.Single();
            Assert.IsFalse(saved.Quarantined);
            var delay = TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, before)));
            Assert.AreEqual(Now + delay, saved.NextAttemptAt, "retried after a delay that doubles, capped at the policy's longest");
        }
    }

    [TestMethod]
    public async Task Apply_DataFailureAfterTransientOnes_CountsThemAndIsQuarantined()
    {
        await using var host = await TestHost.StartAsync(Token);
        var scope = await RunScopes.StartAsync(host, "tracked", new RetryPolicy(5, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1)), Token);

        var update = FailureTracking.Apply(scope, [Failure(scope, FailureKind.Data)], Previous(7, FailureKind.Transient), Now);

        Assert.AreEqual(RecordOutcomes.Quarantined, update.Results.Single().Outcome);
        Assert.AreEqual(8, update.Results.Single().Attempts);
    }

    private static Dictionary<(string Module, string BssId), RecordFailure> Previous(int attempts, FailureKind kind) => new()
    {
        [(BssModules.Subscriptions, "SUB-14")] = new RecordFailure(BssModules.Subscriptions, "SUB-14", attempts, kind.ToString(), "earlier", Now, false),
    };

    private static RunResultRecord Failure(RunScope scope, FailureKind kind) => new()
    {
        RunId = scope.RunId,
        Module = BssModules.Subscriptions,
        BssId = "SUB-14",
        Operation = nameof(SyncOperation.Create),
        Outcome = nameof(PushOutcome.Failed),
        FailureKind = kind.ToString(),
        Reason = kind == FailureKind.Transient ? "ConnectWise answered 500 Internal Server Error." : "quantity must be positive.",
        At = Now,
    };
}
