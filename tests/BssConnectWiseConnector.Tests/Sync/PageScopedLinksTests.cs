using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync;

[TestClass]
public sealed class PageScopedLinksTests
{
    public TestContext TestContext { get; set; } = null!;

    private static IntegrationLink Link(string bssId, string remoteId) => new(BssModules.Accounts, bssId, remoteId, null, DateTimeOffset.UnixEpoch);

    [TestMethod]
    public async Task GetManyAsync_EveryIdHeld_AnswersWithoutTheStore()
    {
        var store = new InMemoryLinkStore();
        var links = new PageScopedLinks(store);
        using var held = links.Hold([Link("A-1", "7"), Link("A-2", "8")]);

        var found = await links.GetManyAsync(BssModules.Accounts, ["A-1", "A-2"], TestContext.CancellationToken);

        Assert.AreEqual(0, store.GetManyCalls);
        Assert.AreEqual("8", found["A-2"].RemoteId);
    }

    [TestMethod]
    public async Task GetManyAsync_AnIdNotHeldOrAnotherModule_AsksTheStore()
    {
        var store = new InMemoryLinkStore();
        await store.SaveAsync(Link("A-3", "9"), TestContext.CancellationToken);
        var links = new PageScopedLinks(store);
        using var held = links.Hold([Link("A-1", "7")]);

        var found = await links.GetManyAsync(BssModules.Accounts, ["A-1", "A-3"], TestContext.CancellationToken);
        await links.GetManyAsync(BssModules.Contacts, ["A-1"], TestContext.CancellationToken);

        Assert.AreEqual(2, store.GetManyCalls);
        Assert.AreEqual("9", found["A-3"].RemoteId);
    }

    [TestMethod]
    public async Task GetManyAsync_LinkSavedWhileHeldOrScopeEnded_AsksTheStore()
    {
        var store = new InMemoryLinkStore();
        var links = new PageScopedLinks(store);
        var held = links.Hold([Link("A-1", "7"), Link("A-2", "8")]);

        await links.SaveAsync(Link("A-1", "70"), TestContext.CancellationToken);
        var afterSave = await links.GetManyAsync(BssModules.Accounts, ["A-1"], TestContext.CancellationToken);
        held.Dispose();
        await links.GetManyAsync(BssModules.Accounts, ["A-2"], TestContext.CancellationToken);

        Assert.AreEqual("70", afterSave["A-1"].RemoteId, "a link saved meanwhile is read from the store, never the held copy");
        Assert.AreEqual(2, store.GetManyCalls, "and once the page is done nothing is held");
    }
}
