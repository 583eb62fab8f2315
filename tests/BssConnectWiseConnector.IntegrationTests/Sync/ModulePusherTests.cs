using System.Globalization;
using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;
using Moq;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

[TestClass]
public sealed class ModulePusherTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Push_ConnectorSavesLinksDuringABatch_TheyAreSeenByItsReadsAndStoredWithTheResultsAfterTheBatch()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("push", "fake", Token);
        await host.Services.Records.UpsertAsync(Accounts(instance, 3), Token);
        var fresh = host.Services.LinksOf(instance);
        var seenDuringTheBatch = new List<string>();
        var push = CreatingModule(async (links, items) =>
        {
            seenDuringTheBatch.Add((await links.FindByRemoteIdAsync(BssModules.Accounts, "900", Token))?.BssId ?? "none");
            seenDuringTheBatch.Add(await fresh.FindByRemoteIdAsync(BssModules.Accounts, "900", Token) is null ? "not stored yet" : "stored");
        });
        var scope = await ScopeAsync(host, instance, push, batchSize: 500);

        var stats = await ModulePusher.PushAsync(scope, BssModules.Accounts, null, Token);

        Assert.AreEqual(3, stats.Created);
        CollectionAssert.AreEqual(new[] { "push-A0", "not stored yet" }, seenDuringTheBatch);
        Assert.AreEqual("push-A0", (await fresh.FindByRemoteIdAsync(BssModules.Accounts, "900", Token))?.BssId);
        Assert.HasCount(3, await fresh.ListAsync(BssModules.Accounts, Token));
        Assert.HasCount(3, await host.Services.Runs.GetResultsAsync(scope.RunId, failedOnly: false, Token));
    }

    [TestMethod]
    public async Task Push_ConnectorThrowsMidBatch_TheLinksItSavedBeforeAreKept()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("push", "fake", Token);
        await host.Services.Records.UpsertAsync(Accounts(instance, 2), Token);
        var push = CreatingModule((_, _) => throw new HttpRequestException("connection reset after the creates"));
        var scope = await ScopeAsync(host, instance, push, batchSize: 500);

        await Assert.ThrowsExactlyAsync<HttpRequestException>(() => ModulePusher.PushAsync(scope, BssModules.Accounts, null, Token));

        Assert.HasCount(2, await host.Services.LinksOf(instance).ListAsync(BssModules.Accounts, Token), "what was created stays linked");
    }

    [TestMethod]
    public async Task Push_CancelledAsTheConnectorAnswersABatch_TheBatchsLinksAndResultsAreStillWrittenThenTheRunStops()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("push", "fake", Token);
        await host.Services.Records.UpsertAsync(Accounts(instance, 4), Token);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var batches = 0;
        var push = CreatingModule((_, _) =>
        {
            // The user stops the run after ConnectWise has answered the batch's creates, before the host stores them.
            batches++;
            stop.Cancel();
            return Task.CompletedTask;
        });
        var scope = await ScopeAsync(host, instance, push, batchSize: 2);

        await Assert.ThrowsAsync<OperationCanceledException>(() => ModulePusher.PushAsync(scope, BssModules.Accounts, null, stop.Token));

        Assert.AreEqual(1, batches, "the run stops before its next batch");
        Assert.HasCount(2, await host.Services.LinksOf(instance).ListAsync(BssModules.Accounts, Token), "what ConnectWise created stays linked");
        Assert.HasCount(2, await host.Services.Runs.GetResultsAsync(scope.RunId, failedOnly: false, Token));
    }

    [TestMethod]
    public async Task Push_BatchesOfTenOrOfFiveHundred_CostTheSameFewStoreStatementsPerBatch()
    {
        // The BSS records are the store's, not an instance's: one store each.
        await using var smallHost = await TestHost.StartAsync(Token);
        await using var host = await TestHost.StartAsync(Token);
        var small = await smallHost.Services.Instances.CreateAsync("small", "fake", Token);
        var large = await host.Services.Instances.CreateAsync("large", "fake", Token);
        await smallHost.Services.Records.UpsertAsync(Accounts(small, 20), Token);
        await host.Services.Records.UpsertAsync(Accounts(large, 1000), Token);

        var smallStatements = await CountStatementsAsync(smallHost, small, batchSize: 10);
        var largeStatements = await CountStatementsAsync(host, large, batchSize: 500);

        TestContext.WriteLine($"2 batches of 10: {smallStatements.Count} statements; 2 batches of 500: {largeStatements.Count}");
        Assert.AreEqual(smallStatements.Count, largeStatements.Count, string.Join("\n", largeStatements));
        Assert.HasCount(1000, await host.Services.LinksOf(large).ListAsync(BssModules.Accounts, Token));
    }

    private static Account[] Accounts(InstanceInfo instance, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Account { Id = $"{instance.Name}-A{i}", Code = $"{instance.Name}-{i}", Name = $"Account {i}" })];

    /// <summary>A push module that creates every record it is given, saving each link as the connector does, then runs a check.</summary>
    private static Func<IIntegrationLinkStore, IPushModule<Account>> CreatingModule(Func<IIntegrationLinkStore, IReadOnlyList<PushItem<Account>>, Task> after) => links =>
    {
        var push = new Mock<IPushModule<Account>>();
        var next = 900;
        push.Setup(p => p.PushAsync(It.IsAny<IReadOnlyList<PushItem<Account>>>(), It.IsAny<PushOptions>(), It.IsAny<CancellationToken>()))
            .Returns(async (IReadOnlyList<PushItem<Account>> items, PushOptions _, CancellationToken cancellationToken) =>
            {
                var results = new List<PushResult>();
                foreach (var item in items)
                {
                    var remoteId = (next++).ToString(CultureInfo.InvariantCulture);
                    await links.SaveAsync(new IntegrationLink(BssModules.Accounts, item.Record.Id, remoteId, "hash", DateTimeOffset.UnixEpoch), cancellationToken);
                    results.Add(new PushResult { Module = BssModules.Accounts, BssId = item.Record.Id, Operation = SyncOperation.Create, Outcome = PushOutcome.Created, RemoteId = remoteId });
                }

                await after(links, items);
                return results;
            });
        return push.Object;
    };

    private async Task<List<string>> CountStatementsAsync(TestHost host, InstanceInfo instance, int batchSize)
    {
        var scope = await ScopeAsync(host, instance, CreatingModule((_, _) => Task.CompletedTask), batchSize);
        var statements = new List<string>();
        var counting = true;
        host.Services.Database.StatementTrace = sql =>
        {
            if (Volatile.Read(ref counting))
            {
                lock (statements)
                {
                    statements.Add(sql.Length > 60 ? sql[..60] : sql);
                }
            }
        };
        try
        {
            var stats = await ModulePusher.PushAsync(scope, BssModules.Accounts, null, Token);
            Assert.AreEqual(2 * batchSize, stats.Created);
        }
        finally
        {
            Volatile.Write(ref counting, false);
            host.Services.Database.StatementTrace = null;
        }

        return statements;
    }

    private async Task<RunScope> ScopeAsync(TestHost host, InstanceInfo instance, Func<IIntegrationLinkStore, IPushModule<Account>> module, int batchSize)
    {
        var links = host.Services.LinksOf(instance);
        var session = new Mock<IConnectorSession>();
        session.Setup(s => s.GetPushModule<Account>(BssModules.Accounts)).Returns(module(links));
        var context = new ConnectorContext
        {
            InstanceName = instance.Name,
            ServerVariables = new Dictionary<string, string?>(),
            Links = links,
            State = host.Services.StateOf(instance),
            Records = host.Services.Records,
        };
        var request = new SyncRequest { InstanceName = instance.Name, BatchSize = batchSize };
        var runId = await host.Services.Runs.StartAsync(instance.Id, request.DryRun, Token);
        return new RunScope(host.Services, new InstanceRuntime(instance, new Mock<IConnector>().Object, context, links), session.Object, request, runId);
    }
}
