using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>The host's link store, in memory, with a reverse index so that adoption checks stay O(1) at any size.</summary>
public sealed class InMemoryLinkStore : IIntegrationLinkStore
{
    private readonly ConcurrentDictionary<(string Module, string BssId), IntegrationLink> _links = new();
    private readonly ConcurrentDictionary<(string Module, string RemoteId), IntegrationLink> _byRemote = new();

    /// <summary>Gets every link saved.</summary>
    public IReadOnlyCollection<IntegrationLink> All => _links.Values.ToArray();

    /// <summary>Gets how many links are saved.</summary>
    public int Count => _links.Count;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IntegrationLink>> GetManyAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bssIds);
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

    /// <inheritdoc />
    public Task<IReadOnlyList<IntegrationLink>> ListAsync(string module, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IntegrationLink>>([.. _links.Values.Where(l => l.Module == module).OrderBy(l => l.BssId, StringComparer.Ordinal)]);

    /// <inheritdoc />
    public Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_byRemote.TryGetValue((module, remoteId), out var link) ? link : null);

    /// <inheritdoc />
    public Task SaveAsync(IntegrationLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (_links.TryGetValue((link.Module, link.BssId), out var previous))
        {
            Unindex(previous);
        }

        _links[(link.Module, link.BssId)] = link;
        _byRemote[(link.Module, link.RemoteId)] = link;
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task RemoveAsync(string module, string bssId, CancellationToken cancellationToken = default)
    {
        if (_links.TryRemove((module, bssId), out var link))
        {
            Unindex(link);
        }

        return Task.CompletedTask;
    }

    // Another BSS record may have been linked to the same remote id since; its entry stays.
    private void Unindex(IntegrationLink link) =>
        _byRemote.TryRemove(new KeyValuePair<(string, string), IntegrationLink>((link.Module, link.RemoteId), link));
}
