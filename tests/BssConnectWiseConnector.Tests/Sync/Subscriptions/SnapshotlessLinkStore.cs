using Bss.IntegrationFramework;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

/// <summary>A link store that keeps the hash of the last push but not its snapshot.</summary>
internal sealed class SnapshotlessLinkStore(InMemoryLinkStore inner) : IIntegrationLinkStore
{
    public Task<IReadOnlyDictionary<string, IntegrationLink>> GetManyAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken = default) =>
        inner.GetManyAsync(module, bssIds, cancellationToken);

    public Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default) =>
        inner.FindByRemoteIdAsync(module, remoteId, cancellationToken);

    public Task<IReadOnlyList<IntegrationLink>> ListAsync(string module, CancellationToken cancellationToken = default) =>
        inner.ListAsync(module, cancellationToken);

    public Task SaveAsync(IntegrationLink link, CancellationToken cancellationToken = default) =>
        inner.SaveAsync(link with { Snapshot = null }, cancellationToken);

    public Task RemoveAsync(string module, string bssId, CancellationToken cancellationToken = default) =>
        inner.RemoveAsync(module, bssId, cancellationToken);
}
