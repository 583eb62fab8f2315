using Bss.IntegrationFramework;
using BssConnectWiseConnector.Tests.TestSupport;
using System.Text.Json.Nodes;

namespace BssConnectWiseConnector.Tests.Sync.Callbacks;

[TestClass]
public sealed class PullByIdsSimulatorTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task PullAsync_AccountsByRemoteIds_OneIdInReadNoCheckpointAndOnlyThoseRecords()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var ids = Enumerable.Range(1, 5).Select(i => h.Simulator.Store.Add("company/companies", Company($"C{i}"))).ToArray();
        await using var session = await h.OpenAsync();
        h.Simulator.Requests.Clear();

        var batches = new List<PullBatch<Account>>();
        await foreach (var batch in session.GetPullModule<Account>(BssModules.Accounts)!.PullAsync(
            new PullRequest(null) { RemoteIds = [ids[3].ToString(), ids[1].ToString(), ids[1].ToString(), "999999", "junk"] }, TestContext.CancellationToken))
        {
            batches.Add(batch);
        }

        var only = batches.Single();
        Assert.IsNull(only.Checkpoint, "a pull by ids never moves the cursor");
        CollectionAssert.AreEqual(new[] { ids[1].ToString(), ids[3].ToString() }, only.Records.Select(r => r.RemoteId).ToArray());
        var reads = h.Simulator.Requests.Snapshot().Where(r => r.Path.EndsWith("company/companies", StringComparison.Ordinal)).ToArray();
        Assert.HasCount(1, reads, "one id in (...) read for the batch; other requests are setup tables the mapping reads once");
        Assert.Contains("id in (", Uri.UnescapeDataString(reads[0].Query.Replace("+", " ", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task PullAsync_ProductsByRemoteIds_OneRead()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var id = h.Simulator.Store.Add("procurement/catalog", new JsonObject { ["identifier"] = "BACKUP", ["description"] = "Backup", ["subcategory"] = new JsonObject { ["id"] = 3 }, ["type"] = new JsonObject { ["id"] = 1 } });
        await using var session = await h.OpenAsync();
        h.Simulator.Requests.Clear();

        var records = new List<PulledRecord<Product>>();
        await foreach (var batch in session.GetPullModule<Product>(BssModules.Products)!.PullAsync(new PullRequest("ignored") { RemoteIds = [id.ToString()] }, TestContext.CancellationToken))
        {
            Assert.IsNull(batch.Checkpoint);
            records.AddRange(batch.Records);
        }

        Assert.AreEqual("BACKUP", records.Single().Record.Code);
        Assert.AreEqual(1, h.Simulator.Requests.Snapshot().Count(r => r.Path.EndsWith("procurement/catalog", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task PullAsync_NoUsableIds_NoRequestAndAnEmptyBatch()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await using var session = await h.OpenAsync();
        h.Simulator.Requests.Clear();

        var count = 0;
        await foreach (var batch in session.GetPullModule<Account>(BssModules.Accounts)!.PullAsync(new PullRequest(null) { RemoteIds = ["x", "-3"] }, TestContext.CancellationToken))
        {
            count += batch.Records.Count;
        }

        Assert.AreEqual(0, count);
        Assert.AreEqual(0, h.Simulator.Requests.Count);
    }

    private static JsonObject Company(string identifier) => new()
    {
        ["identifier"] = identifier,
        ["name"] = identifier + " Ltd",
        ["addressLine1"] = "1 Main St",
    };
}
