using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.IntegrationTests.Support;
using Moq;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

[TestClass]
public sealed class ModulePullerTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Pull_TwoPages_StoresRecordsLinksThemAndSavesTheLastCheckpoint()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("pull", "fake", Token);
        var pull = new Mock<IPullModule<Account>>();
        PullRequest? asked = null;
        pull.Setup(p => p.PullAsync(It.IsAny<PullRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PullRequest, CancellationToken>((r, _) => asked = r)
            .Returns(Pages(
                new PullBatch<Account>([Pulled("", "501", "Pulled One"), Pulled("A-KNOWN", "502", "Known")], "cursor-1"),
                new PullBatch<Account>([Pulled("", "503", "Gone", deleted: true)], "cursor-2")));
        var scope = await ScopeAsync(host, instance, pull.Object, new SyncRequest { InstanceName = "pull", Direction = SyncDirection.Pull });

        var stats = await ModulePuller.PullAsync(scope, BssModules.Accounts, Token);

        Assert.IsNull(asked?.Cursor);
        Assert.AreEqual(3, stats.Pulled);
        Assert.AreEqual("cursor-2", await host.Services.StateOf(instance).GetCursorAsync(BssModules.Accounts, Token));
        Assert.AreEqual("Pulled One", (await host.Services.Records.FindAsync<Account>("cw-accounts-501", Token))?.Name);
        Assert.AreEqual("Known", (await host.Services.Records.FindAsync<Account>("A-KNOWN", Token))?.Name);
        Assert.IsNull(await host.Services.Records.FindAsync<Account>("cw-accounts-503", Token));
        Assert.AreEqual("cw-accounts-501", (await host.Services.LinksOf(instance).FindByRemoteIdAsync(BssModules.Accounts, "501", Token))?.BssId);
        Assert.AreEqual(RecordOutcomes.Deleted, scope.Results.Last().Outcome);
    }

    [TestMethod]
    public async Task Pull_WithSavedCursor_ResumesFromItUnlessFull()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("pull", "fake", Token);
        await host.Services.StateOf(instance).SaveCursorAsync(BssModules.Accounts, "saved", Token);
        var cursors = new List<string?>();
        var pull = new Mock<IPullModule<Account>>();
        pull.Setup(p => p.PullAsync(It.IsAny<PullRequest>(), It.IsAny<CancellationToken>()))
            .Callback<PullRequest, CancellationToken>((r, _) => cursors.Add(r.Cursor))
            .Returns(() => Pages());

        await ModulePuller.PullAsync(await ScopeAsync(host, instance, pull.Object, new SyncRequest { InstanceName = "pull" }), BssModules.Accounts, Token);
        await ModulePuller.PullAsync(await ScopeAsync(host, instance, pull.Object, new SyncRequest { InstanceName = "pull", Full = true }), BssModules.Accounts, Token);

        CollectionAssert.AreEqual(new[] { "saved", null }, cursors);
    }

    [TestMethod]
    public async Task Pull_DryRun_StoresNothing()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("pull", "fake", Token);
        var pull = new Mock<IPullModule<Account>>();
        pull.Setup(p => p.PullAsync(It.IsAny<PullRequest>(), It.IsAny<CancellationToken>()))
            .Returns(Pages(new PullBatch<Account>([Pulled("", "501", "One")], "cursor-1")));

        var stats = await ModulePuller.PullAsync(await ScopeAsync(host, instance, pull.Object, new SyncRequest { InstanceName = "pull", DryRun = true }), BssModules.Accounts, Token);

        Assert.AreEqual(1, stats.Pulled);
        Assert.IsNull(await host.Services.StateOf(instance).GetCursorAsync(BssModules.Accounts, Token));
        Assert.IsEmpty(await host.Services.Records.ListAsync<Account>(Token));
        Assert.IsNull(await host.Services.LinksOf(instance).FindByRemoteIdAsync(BssModules.Accounts, "501", Token));
    }

    [TestMethod]
    public async Task Pull_ConnectorWithoutPullModule_IsSkippedWithANote()
    {
        await using var host = await TestHost.StartAsync(Token);
        var instance = await host.Services.Instances.CreateAsync("pull", "fake", Token);

        var stats = await ModulePuller.PullAsync(await ScopeAsync(host, instance, null, new SyncRequest { InstanceName = "pull" }), BssModules.Accounts, Token);

        StringAssert.Contains(stats.Note, "cannot pull");
        Assert.AreEqual(0, stats.Pulled);
    }

    [TestMethod]
    public async Task Pull_PagesOfTenOrOfAThousandRecords_CostTheSameFewStoreStatementsPerPage()
    {
        await using var host = await TestHost.StartAsync(Token);
        var small = await host.Services.Instances.CreateAsync("small", "fake", Token);
        var large = await host.Services.Instances.CreateAsync("large", "fake", Token);
        // Unlinked BSS accounts with codes, so every page also builds the matcher (the most a page can cost).
        await host.Services.Records.UpsertAsync([new Account { Id = "BSS-1", Code = "C-SMALL-1", Name = "Small" }, new Account { Id = "BSS-2", Code = "C-LARGE-1", Name = "Large" }], Token);

        var smallStatements = await CountStatementsAsync(host, small, pageSize: 10, pages: 3);
        var largeStatements = await CountStatementsAsync(host, large, pageSize: 1000, pages: 3);

        TestContext.WriteLine($"3 pages of 10: {smallStatements.Count} statements; 3 pages of 1,000: {largeStatements.Count}");
        Assert.AreEqual(smallStatements.Count, largeStatements.Count, "a page's statements do not depend on its size: " + string.Join(" | ", largeStatements));
        // The cursor read, then per page: 3 reads (links by remote id, the linked records the merge needs, unlinked
        // records by key) on connections whose opening sets foreign_keys, and BEGIN, records, the entity's revision
        // (one statement, whatever the page's size), links, cursor, results, COMMIT.
        Assert.IsLessThanOrEqualTo(1 + (3 * 14), largeStatements.Count, string.Join("\n", largeStatements));
        Assert.AreEqual(3000 + 1, (await host.Services.LinksOf(large).ListAsync(BssModules.Accounts, Token)).Count, "a link per pulled record, beside the one the scope starts with");
        Assert.AreEqual("BSS-2", (await host.Services.LinksOf(large).FindByRemoteIdAsync(BssModules.Accounts, "1000", Token))?.BssId, "the unlinked record with the pulled code is linked, not copied");
        Assert.AreEqual("cursor-3", await host.Services.StateOf(large).GetCursorAsync(BssModules.Accounts, Token));
    }

    private async Task<List<string>> CountStatementsAsync(TestHost host, InstanceInfo instance, int pageSize, int pages)
    {
        var code = instance.Name.ToUpperInvariant();
        var batches = Enumerable.Range(0, pages)
            .Select(page => new PullBatch<Account>(
                [.. Enumerable.Range(page * pageSize, pageSize).Select(i => new PulledRecord<Account>(new Account { Id = "", Code = $"C-{code}-{i + 1}", Name = $"Company {i}" }, (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), false))],
                $"cursor-{page + 1}"))
            .ToArray();
        var pull = new Mock<IPullModule<Account>>();
        pull.Setup(p => p.PullAsync(It.IsAny<PullRequest>(), It.IsAny<CancellationToken>())).Returns(Pages(batches));
        var scope = await ScopeAsync(host, instance, pull.Object, new SyncRequest { InstanceName = instance.Name, Direction = SyncDirection.Pull });
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
            var stats = await ModulePuller.PullAsync(scope, BssModules.Accounts, Token);
            Assert.AreEqual(pageSize * pages, stats.Pulled);
        }
        finally
        {
            Volatile.Write(ref counting, false);
            host.Services.Database.StatementTrace = null;
        }

        return statements;
    }

    private static PulledRecord<Account> Pulled(string id, string remoteId, string name, bool deleted = false) =>
        new(new Account { Id = id, Name = name, BillingAddress = new Address { City = "Springfield" } }, remoteId, deleted);

    private static async IAsyncEnumerable<PullBatch<Account>> Pages(params PullBatch<Account>[] pages)
    {
        foreach (var page in pages)
        {
            await Task.Yield();
            yield return page;
        }
    }

    private async Task<RunScope> ScopeAsync(TestHost host, InstanceInfo instance, IPullModule<Account>? pull, SyncRequest request)
    {
        var session = new Mock<IConnectorSession>();
        session.Setup(s => s.GetPullModule<Account>(BssModules.Accounts)).Returns(pull);
        var connector = new Mock<IConnector>();
        var links = host.Services.LinksOf(instance);
        await links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A-KNOWN", "502", "h", DateTimeOffset.UnixEpoch), Token);
        var context = new ConnectorContext
        {
            InstanceName = instance.Name,
            ServerVariables = new Dictionary<string, string?>(),
            Links = links,
            State = host.Services.StateOf(instance),
            Records = host.Services.Records,
        };
        var runId = await host.Services.Runs.StartAsync(instance.Id, request.DryRun, Token);
        return new RunScope(host.Services, new InstanceRuntime(instance, connector.Object, context, links), session.Object, request, runId);
    }
}
