using Bss.IntegrationFramework;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Stores;

/// <summary>The contract's default batch lookup, which a host written before it gets.</summary>
[TestClass]
public sealed class IntegrationLinkStoreDefaultTests
{
    [TestMethod]
    public async Task FindByRemoteIdsAsync_HostWithoutABatchLookup_AsksEachDistinctIdOnce()
    {
        var inner = new InMemoryLinkStore();
        await inner.SaveAsync(new IntegrationLink(BssModules.Accounts, "A1", "101", null, DateTimeOffset.UnixEpoch));
        await inner.SaveAsync(new IntegrationLink(BssModules.Contacts, "C1", "102", null, DateTimeOffset.UnixEpoch));
        IIntegrationLinkStore store = new SingleLookupLinkStore(inner);

        var found = await store.FindByRemoteIdsAsync(BssModules.Accounts, ["101", "102", "999", "101"]);

        Assert.AreEqual("A1", found["101"].BssId);
        Assert.HasCount(1, found, "another module's link and an unknown id are absent");
        Assert.AreEqual(3, inner.FindByRemoteIdCalls, "one lookup per distinct id");
        Assert.AreEqual(0, inner.FindByRemoteIdsCalls);
    }

    // A host that predates the batch lookup: it implements every member but FindByRemoteIdsAsync.
    private sealed class SingleLookupLinkStore(InMemoryLinkStore inner) : IIntegrationLinkStore
    {
        public Task<IReadOnlyDictionary<string, IntegrationLink>> GetManyAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken = default) =>
            inner.GetManyAsync(module, bssIds, cancellationToken);

        public Task<IReadOnlyList<IntegrationLink>> ListAsync(string module, CancellationToken cancellationToken = default) =>
            inner.ListAsync(module, cancellationToken);

        public Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default) =>
            inner.FindByRemoteIdAsync(module, remoteId, cancellationToken);

        public Task SaveAsync(IntegrationLink link, CancellationToken cancellationToken = default) =>
            inner.SaveAsync(link, cancellationToken);

        public Task RemoveAsync(string module, string bssId, CancellationToken cancellationToken = default) =>
            inner.RemoveAsync(module, bssId, cancellationToken);
    }
}
