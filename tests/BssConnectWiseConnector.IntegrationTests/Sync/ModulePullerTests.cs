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
