using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Tests.TestSupport;

internal sealed class InMemoryLinkStore : IIntegrationLinkStore
{
    private readonly ConcurrentDictionary<(string Module, string BssId), IntegrationLink> _links = new();

    public IReadOnlyCollection<IntegrationLink> All => _links.Values.ToArray();

    public Task<IReadOnlyDictionary<string, IntegrationLink>> GetManyAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<string, IntegrationLink> found = bssIds
            .Where(id => _links.ContainsKey((module, id)))
            .ToDictionary(id => id, id => _links[(module, id)]);
        return Task.FromResult(found);
    }

    public Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_links.Values.FirstOrDefault(l => l.Module == module && l.RemoteId == remoteId));

    public Task SaveAsync(IntegrationLink link, CancellationToken cancellationToken = default)
    {
        _links[(link.Module, link.BssId)] = link;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string module, string bssId, CancellationToken cancellationToken = default)
    {
        _links.TryRemove((module, bssId), out _);
        return Task.CompletedTask;
    }
}
