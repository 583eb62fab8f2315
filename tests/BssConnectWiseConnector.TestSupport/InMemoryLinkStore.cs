using System.Collections.Concurrent;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>The host's link store, in memory, with a reverse index so that adoption checks stay O(1) at any size.</summary>
public sealed class InMemoryLinkStore : IIntegrationLinkStore
{
    private readonly ConcurrentDictionary<(string Module, string BssId), IntegrationLink> _links = new();
    private readonly ConcurrentDictionary<(string Module, string RemoteId), IntegrationLink> _byRemote = new();
    private int _findByRemoteIdCalls;
    private int _findByRemoteIdsCalls;
    private int _getManyCalls;

    /// <summary>Gets every link saved.</summary>
    public IReadOnlyCollection<IntegrationLink> All => _links.Values.ToArray();

    /// <summary>Gets how many links are saved.</summary>
    public int Count => _links.Count;

    /// <summary>Gets how many times <see cref="GetManyAsync"/> was called, so tests can count a push's store reads.</summary>
    public int GetManyCalls => _getManyCalls;

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IntegrationLink>> GetManyAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bssIds);
        Interlocked.Increment(ref _getManyCalls);
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

    /// <summary>Gets how many times <see cref="FindByRemoteIdAsync"/> was called, so tests can count a pull's store reads.</summary>
    public int FindByRemoteIdCalls => _findByRemoteIdCalls;

    /// <summary>Gets how many times <see cref="FindByRemoteIdsAsync"/> was called.</summary>
    public int FindByRemoteIdsCalls => _findByRemoteIdsCalls;

    /// <inheritdoc />
    public Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _findByRemoteIdCalls);
        return Task.FromResult(_byRemote.TryGetValue((module, remoteId), out var link) ? link : null);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IntegrationLink>> FindByRemoteIdsAsync(string module, IReadOnlyCollection<string> remoteIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(remoteIds);
        Interlocked.Increment(ref _findByRemoteIdsCalls);
        var found = new Dictionary<string, IntegrationLink>(StringComparer.Ordinal);
        foreach (var id in remoteIds)
        {
            if (_byRemote.TryGetValue((module, id), out var link))
            {
                found[id] = link;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, IntegrationLink>>(found);
    }

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
