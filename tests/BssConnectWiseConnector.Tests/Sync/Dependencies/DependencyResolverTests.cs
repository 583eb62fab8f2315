using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Sync.Dependencies;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync.Dependencies;

[TestClass]
public sealed class DependencyResolverTests
{
    private readonly InMemoryLinkStore _links = new();
    private readonly Mock<IBssRecordSource> _records = new();
    private readonly Mock<IPushModule<Account>> _accounts = new(MockBehavior.Strict);

    public TestContext TestContext { get; set; } = null!;

    private ModuleContext Context() => TestModuleContext.Create(_links, records: _records.Object, maxConcurrency: 2);

    private Task<IReadOnlyDictionary<string, ResolvedDependency>> ResolveAsync(PushOptions options, params string[] ids) =>
        new DependencyResolver<Account>(Context(), BssModules.Accounts, "account", () => _accounts.Object).ResolveAsync(ids, options, TestContext.CancellationToken);

    [TestMethod]
    public async Task ResolveAsync_LinkedAndMissingAccounts_PushesOnlyTheMissingOnesOnceForTheBatch()
    {
        await _links.SaveAsync(new IntegrationLink(BssModules.Accounts, "A1", "10", "h", DateTimeOffset.UnixEpoch), TestContext.CancellationToken);
        _records.Setup(r => r.FindAsync<Account>(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string id, CancellationToken _) => new Account { Id = id, Name = id, BillingAddress = new Address { City = "Springfield" } });
        _accounts.Setup(a => a.PushAsync(It.IsAny<IReadOnlyList<PushItem<Account>>>(), It.IsAny<PushOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<PushItem<Account>> items, PushOptions _, CancellationToken _) => items
                .Select((i, n) => new PushResult { Module = BssModules.Accounts, BssId = i.Record.Id, Operation = i.Operation, Outcome = PushOutcome.Created, RemoteId = (20 + n).ToString(System.Globalization.CultureInfo.InvariantCulture) })
                .ToArray());

        var resolved = await ResolveAsync(PushOptions.Default, "A1", "A2", "A2", "A3");

        Assert.AreEqual(10, resolved["A1"].RemoteId);
        Assert.AreEqual(20, resolved["A2"].RemoteId);
        Assert.AreEqual(21, resolved["A3"].RemoteId);
        _accounts.Verify(a => a.PushAsync(It.Is<IReadOnlyList<PushItem<Account>>>(l => l.Count == 2), It.IsAny<PushOptions>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestMethod]
    public async Task ResolveAsync_DependencyFails_CarriesItsKindAndReason()
    {
        _records.Setup(r => r.FindAsync<Account>("A1", It.IsAny<CancellationToken>())).ReturnsAsync(new Account { Id = "A1", BillingAddress = new Address { City = "Springfield" } });
        _accounts.Setup(a => a.PushAsync(It.IsAny<IReadOnlyList<PushItem<Account>>>(), It.IsAny<PushOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([PushResult.Failed(BssModules.Accounts, "A1", SyncOperation.Update, FailureKind.Permission, "The API member may not do this.")]);

        var resolved = await ResolveAsync(PushOptions.Default, "A1");

        Assert.IsNull(resolved["A1"].RemoteId);
        Assert.AreEqual(FailureKind.Permission, resolved["A1"].FailureKind);
        Assert.Contains("may not do this", resolved["A1"].Reason!);
    }

    [TestMethod]
    public async Task ResolveAsync_DependencyUnknownToTheBss_DataFailureWithoutPushing()
    {
        var resolved = await ResolveAsync(PushOptions.Default, "GHOST");

        Assert.AreEqual(FailureKind.Data, resolved["GHOST"].FailureKind);
        Assert.Contains("'GHOST'", resolved["GHOST"].Reason!);
        _accounts.VerifyNoOtherCalls();
    }

    [TestMethod]
    public async Task ResolveAsync_DryRun_PlansTheDependencyAndReportsItPending()
    {
        _records.Setup(r => r.FindAsync<Account>("A1", It.IsAny<CancellationToken>())).ReturnsAsync(new Account { Id = "A1", BillingAddress = new Address { City = "Springfield" } });
        _accounts.Setup(a => a.PushAsync(It.IsAny<IReadOnlyList<PushItem<Account>>>(), It.Is<PushOptions>(o => o.DryRun), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new PushResult { Module = BssModules.Accounts, BssId = "A1", Operation = SyncOperation.Update, Outcome = PushOutcome.Created }]);

        var resolved = await ResolveAsync(new PushOptions { DryRun = true }, "A1");

        Assert.AreEqual(ResolvedDependency.Pending, resolved["A1"]);
        _accounts.Verify(a => a.PushAsync(It.IsAny<IReadOnlyList<PushItem<Account>>>(), It.Is<PushOptions>(o => o.DryRun), It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestMethod]
    public async Task ResolveAsync_DryRunDependencyWouldFail_FailsWithItsReason()
    {
        _records.Setup(r => r.FindAsync<Account>("A1", It.IsAny<CancellationToken>())).ReturnsAsync(new Account { Id = "A1" });
        _accounts.Setup(a => a.PushAsync(It.IsAny<IReadOnlyList<PushItem<Account>>>(), It.Is<PushOptions>(o => o.DryRun), It.IsAny<CancellationToken>()))
            .ReturnsAsync([PushResult.Failed(BssModules.Accounts, "A1", SyncOperation.Update, FailureKind.Data, "name is required.")]);

        var resolved = await ResolveAsync(new PushOptions { DryRun = true }, "A1");

        Assert.AreEqual(FailureKind.Data, resolved["A1"].FailureKind);
        Assert.Contains("name is required.", resolved["A1"].Reason!);
    }

    [TestMethod]
    public async Task ResolveAsync_SameDependencyInTwoBatches_PushedOncePerSession()
    {
        _records.Setup(r => r.FindAsync<Account>("A1", It.IsAny<CancellationToken>())).ReturnsAsync(new Account { Id = "A1" });
        _accounts.Setup(a => a.PushAsync(It.IsAny<IReadOnlyList<PushItem<Account>>>(), It.IsAny<PushOptions>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([PushResult.Failed(BssModules.Accounts, "A1", SyncOperation.Update, FailureKind.Permission, "The API member may not do this.")]);
        var resolver = new DependencyResolver<Account>(Context(), BssModules.Accounts, "account", () => _accounts.Object);

        var first = await resolver.ResolveAsync(["A1"], PushOptions.Default, TestContext.CancellationToken);
        var second = await resolver.ResolveAsync("A1", PushOptions.Default, TestContext.CancellationToken);

        Assert.AreEqual(first["A1"], second);
        _accounts.Verify(a => a.PushAsync(It.IsAny<IReadOnlyList<PushItem<Account>>>(), It.IsAny<PushOptions>(), It.IsAny<CancellationToken>()), Times.Once);
    }
}
