using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Sync.Pipeline;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync.Pipeline;

[TestClass]
public sealed class PushPipelineTests
{
    private readonly Mock<IIntegrationLinkStore> _links = new();
    private readonly List<SyncProgress> _progress = [];

    public TestContext TestContext { get; set; } = null!;

    private ModuleContext Context() => TestModuleContext.Create(_links.Object, progress: new SynchronousProgress(_progress), maxConcurrency: 2);

    private static PushItem<Account> Item(string id, string name = "ok", SyncOperation operation = SyncOperation.Update) =>
        new(new Account { Id = id, Name = name }, operation);

    [TestInitialize]
    public void LinksAreEmpty() =>
        _links.Setup(l => l.GetManyAsync(It.IsAny<string>(), It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, IntegrationLink>());

    [TestMethod]
    public async Task PushAsync_MixedBatch_OneResultPerItemInBatchOrder()
    {
        var pipeline = new ScriptedPipeline(Context());
        PushItem<Account>[] items =
        [
            Item("A1"),
            Item(""),
            Item("A3", operation: SyncOperation.Delete),
            Item("A4", name: "plan-throws"),
            Item("A5", name: "write-throws"),
            Item("A6", name: "unchanged"),
        ];

        var results = await pipeline.PushAsync(items, PushOptions.Default, TestContext.CancellationToken);

        CollectionAssert.AreEqual(new[] { "A1", "", "A3", "A4", "A5", "A6" }, results.Select(r => r.BssId).ToArray());
        CollectionAssert.AreEqual(
            new[] { PushOutcome.Created, PushOutcome.Failed, PushOutcome.Skipped, PushOutcome.Failed, PushOutcome.Failed, PushOutcome.Unchanged },
            results.Select(r => r.Outcome).ToArray());
        Assert.AreEqual(FailureKind.Data, results[1].FailureKind);
        Assert.AreEqual(FailureKind.Data, results[3].FailureKind, results[3].Reason);
        Assert.AreEqual(FailureKind.Transient, results[4].FailureKind, results[4].Reason);
        CollectionAssert.AreEquivalent(new[] { "A1", "A5" }, pipeline.Written.ToArray());
    }

    [TestMethod]
    public async Task PushAsync_AnyBatch_ReadsTheLinksOnceForAllIds()
    {
        var pipeline = new ScriptedPipeline(Context());

        await pipeline.PushAsync([Item("A1"), Item("A2"), Item("A1"), Item("")], PushOptions.Default, TestContext.CancellationToken);

        _links.Verify(l => l.GetManyAsync(BssModules.Accounts, It.Is<IReadOnlyCollection<string>>(ids => ids.Count == 2), It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestMethod]
    public async Task PushAsync_WriteLeavesAPlanWithoutResult_TheRecordGetsATransientResult()
    {
        var pipeline = new ScriptedPipeline(Context());

        var results = await pipeline.PushAsync([Item("A1", name: "forgotten")], PushOptions.Default, TestContext.CancellationToken);

        Assert.HasCount(1, results);
        Assert.AreEqual(FailureKind.Transient, results[0].FailureKind);
        Assert.Contains("retried on the next run", results[0].Reason!);
    }

    [TestMethod]
    public async Task PushAsync_ThreeWrites_ReportsProgressPerRecordOutOfThePlanned()
    {
        var pipeline = new ScriptedPipeline(Context());

        await pipeline.PushAsync([Item("A1"), Item("A2"), Item("A3"), Item("A4", name: "unchanged")], PushOptions.Default, TestContext.CancellationToken);

        Assert.HasCount(3, _progress);
        CollectionAssert.AreEquivalent(new[] { 1, 2, 3 }, _progress.Select(p => p.Done).ToArray());
        Assert.IsTrue(_progress.All(p => p.Total == 3 && p.Module == BssModules.Accounts));
    }

    [TestMethod]
    public async Task PushAsync_RepeatedIdWhenRejected_SecondOccurrenceFailsAlone()
    {
        var pipeline = new ScriptedPipeline(Context(), rejectsRepeatedIds: true);

        var results = await pipeline.PushAsync([Item("A1"), Item("A1")], PushOptions.Default, TestContext.CancellationToken);

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome);
        Assert.AreEqual(PushOutcome.Failed, results[1].Outcome);
        Assert.Contains("twice in the batch", results[1].Reason!);
        CollectionAssert.AreEqual(new[] { "A1" }, pipeline.Written.ToArray());
    }

    private sealed record ScriptedPlan(int Index, PushItem<Account> Item, IntegrationLink? Link) : PushPlan<Account>(Index, Item, Link);

    private sealed class SynchronousProgress(List<SyncProgress> reports) : IProgress<SyncProgress>
    {
        public void Report(SyncProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }

    // A pipeline whose plans and writes do what the record's name says, to see what the pipeline makes of each.
    private sealed class ScriptedPipeline(ModuleContext context, bool rejectsRepeatedIds = false) : PushPipeline<Account, int, ScriptedPlan>(context)
    {
        public System.Collections.Concurrent.ConcurrentBag<string> Written { get; } = [];

        protected override string Module => BssModules.Accounts;

        protected override bool RejectsRepeatedIds => rejectsRepeatedIds;

        protected override Task<int> PrepareAsync(IReadOnlyList<PushItem<Account>> items, PushOptions options, CancellationToken cancellationToken) =>
            Task.FromResult(items.Count);

        protected override Task<(ScriptedPlan? Plan, PushResult? Result)> PlanAsync(int index, PushItem<Account> item, IntegrationLink? link, int batch, PushOptions options, CancellationToken cancellationToken) =>
            item.Record.Name switch
            {
                "plan-throws" => throw new ConnectWiseValidationException("name is too long"),
                "unchanged" => Task.FromResult<(ScriptedPlan?, PushResult?)>((null, Result(item, PushOutcome.Unchanged, "7"))),
                _ => Task.FromResult<(ScriptedPlan?, PushResult?)>((new ScriptedPlan(index, item, link), null)),
            };

        protected override Task WriteAsync(IReadOnlyList<ScriptedPlan> plans, int batch, PushOptions options, PushWriter<Account, ScriptedPlan> writer, CancellationToken cancellationToken) =>
            writer.ForEachAsync(plans.Where(p => p.Item.Record.Name != "forgotten"), (plan, token) => writer.WriteAsync(plan, () =>
            {
                Written.Add(plan.Item.Record.Id);
                return plan.Item.Record.Name == "write-throws"
                    ? throw new HttpRequestException("connection reset")
                    : Task.FromResult<PushResult?>(Result(plan.Item, PushOutcome.Created, "1"));
            }, token), cancellationToken);
    }
}
