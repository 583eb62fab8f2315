using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;
using Moq;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

[TestClass]
public sealed class RunScopeTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Remember_MoreRoutineResultsThanKept_KeepsTheFirstAndCountsTheRest()
    {
        await using var host = await TestHost.StartAsync(Token);
        var scope = await ScopeAsync(host);
        var tally = new ModuleTally(BssModules.Accounts, "pull");
        var pulled = Enumerable.Range(0, RunScope.RoutineResultsKept + 250).Select(i => Result(scope, $"A-{i}", RecordOutcomes.Pulled)).ToList();

        scope.Remember(pulled, tally);

        Assert.HasCount(RunScope.RoutineResultsKept, scope.Results);
        Assert.AreEqual("A-0", scope.Results[0].BssId);
        Assert.AreEqual(250, scope.OmittedResults);
        Assert.AreEqual(RunScope.RoutineResultsKept + 250, tally.ToStats().Pulled);
    }

    [TestMethod]
    public async Task Remember_FailuresAfterTheCap_AreAllKept()
    {
        await using var host = await TestHost.StartAsync(Token);
        var scope = await ScopeAsync(host);
        var tally = new ModuleTally(BssModules.Accounts, "push");
        scope.Remember([.. Enumerable.Range(0, RunScope.RoutineResultsKept).Select(i => Result(scope, $"A-{i}", nameof(PushOutcome.Created)))], tally);

        scope.Remember(
            [
                Result(scope, "A-late", nameof(PushOutcome.Created)),
                Result(scope, "A-bad", nameof(PushOutcome.Failed)) with { FailureKind = nameof(FailureKind.Data), Reason = "name is required" },
                Result(scope, "A-held", RecordOutcomes.Quarantined),
                Result(scope, "A-drift", nameof(PushOutcome.Unchanged)) with { Reason = "changed by hand in ConnectWise" },
            ],
            tally);

        CollectionAssert.AreEqual(new[] { "A-bad", "A-held", "A-drift" }, scope.Results.Skip(RunScope.RoutineResultsKept).Select(r => r.BssId).ToArray());
        Assert.AreEqual(1, scope.OmittedResults);
    }

    [TestMethod]
    public async Task Remember_ManyUnchangedBeforeAChange_KeepsTheChange()
    {
        await using var host = await TestHost.StartAsync(Token);
        var scope = await ScopeAsync(host);
        var tally = new ModuleTally(BssModules.Accounts, "push");
        var unchanged = Enumerable.Range(0, RunScope.RoutineResultsKept + 10).Select(i => Result(scope, $"A-{i}", nameof(PushOutcome.Unchanged)));

        scope.Remember([.. unchanged, Result(scope, "A-changed", nameof(PushOutcome.Updated))], tally);

        Assert.AreEqual("A-changed", scope.Results[^1].BssId);
        Assert.AreEqual(10, scope.OmittedResults);
    }

    [TestMethod]
    public async Task GetBssIdsAsync_ResultsOfSeveralRunsAndModules_ReturnsOnlyTheRunsModuleAndOutcomes()
    {
        await using var host = await TestHost.StartAsync(Token);
        var scope = await ScopeAsync(host);
        var other = await host.Services.Runs.StartAsync(scope.Runtime.Instance.Id, false, Token);
        await host.Services.Runs.AddResultsAsync(
            [
                Result(scope, "A-1", nameof(PushOutcome.Created)),
                Result(scope, "A-1", nameof(PushOutcome.Updated)),
                Result(scope, "A-2", nameof(PushOutcome.Failed)),
                Result(scope, "A-3", nameof(PushOutcome.Unchanged)),
                Result(scope, "C-1", nameof(PushOutcome.Created)) with { Module = BssModules.Contacts },
                Result(scope, "A-4", nameof(PushOutcome.Created)) with { RunId = other },
            ],
            Token);

        var ids = await host.Services.Runs.GetBssIdsAsync(scope.RunId, BssModules.Accounts, [nameof(PushOutcome.Created), nameof(PushOutcome.Updated), nameof(PushOutcome.Unchanged)], Token);

        CollectionAssert.AreEquivalent(new[] { "A-1", "A-3" }, ids.ToArray());
    }

    private static RunResultRecord Result(RunScope scope, string bssId, string outcome) => new()
    {
        RunId = scope.RunId,
        Module = BssModules.Accounts,
        BssId = bssId,
        Operation = nameof(SyncOperation.BatchRead),
        Outcome = outcome,
        At = DateTimeOffset.UnixEpoch,
    };

    private Task<RunScope> ScopeAsync(TestHost host) => RunScopes.StartAsync(host, "scope", null, Token);
}
