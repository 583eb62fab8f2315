using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>The host's link store, in memory, with a reverse index so that adoption checks stay O(1) at any size.</summary>
internal sealed class InMemoryLinkStore : IIntegrationLinkStore
{
    private readonly ConcurrentDictionary<(string Module, string BssId), IntegrationLink> _links = new();
    private readonly ConcurrentDictionary<(string Module, string RemoteId), IntegrationLink> _byRemote = new();

    public int Count => _links.Count;

    public Task<IReadOnlyDictionary<string, IntegrationLink>> GetManyAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken = default)
    {
        var found = new Dictionary<string, IntegrationLink>(StringComparer.Ordinal);
        foreach (var id in bssIds)
        {
            if (_links.TryGetValue((module, id), out var link))
            {
                found[id] = link;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, IntegrationLink>>(found);
    }

    public Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_byRemote.TryGetValue((module, remoteId), out var link) ? link : null);

    public Task SaveAsync(IntegrationLink link, CancellationToken cancellationToken = default)
    {
        if (_links.TryGetValue((link.Module, link.BssId), out var previous))
        {
            _byRemote.TryRemove((previous.Module, previous.RemoteId), out _);
        }

        _links[(link.Module, link.BssId)] = link;
        _byRemote[(link.Module, link.RemoteId)] = link;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(string module, string bssId, CancellationToken cancellationToken = default)
    {
        if (_links.TryRemove((module, bssId), out var link))
        {
            _byRemote.TryRemove((module, link.RemoteId), out _);
        }

        return Task.CompletedTask;
    }
}
