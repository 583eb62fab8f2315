using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// The session's link store, which holds the links a pulled page refers to while the page is merged: the merge
/// fingerprints each record as the push would, with its account's (or parent's, or primary contact's) link, and each
/// of those asks was a store query per pulled record (issue 16). Only <see cref="GetManyAsync"/> is answered from the
/// held links, only when every id asked for is held, only while a page holds them; a link saved or removed meanwhile
/// is forgotten first. Everything else goes to the host's store.
/// </summary>
/// <param name="inner">The host's link store.</param>
internal sealed class PageScopedLinks(IIntegrationLinkStore inner) : IIntegrationLinkStore
{
    private readonly Lock _gate = new();
    private Dictionary<(string Module, string BssId), IntegrationLink>? _held;

    /// <summary>Holds a page's referenced links until the returned scope is disposed.</summary>
    /// <param name="links">The links, as the page read them.</param>
    /// <returns>The scope.</returns>
    public IDisposable Hold(IEnumerable<IntegrationLink> links)
    {
        var held = new Dictionary<(string Module, string BssId), IntegrationLink>();
        foreach (var link in links)
        {
            held[(link.Module, link.BssId)] = link;
        }

        lock (_gate)
        {
            _held = held;
        }

        return new Release(this, held);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IntegrationLink>> GetManyAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bssIds);
        lock (_gate)
        {
            if (_held is { } held && bssIds.All(id => held.ContainsKey((module, id))))
            {
                var found = new Dictionary<string, IntegrationLink>(StringComparer.Ordinal);
                foreach (var id in bssIds)
                {
                    found[id] = held[(module, id)];
                }

                return Task.FromResult<IReadOnlyDictionary<string, IntegrationLink>>(found);
            }
        }

        return inner.GetManyAsync(module, bssIds, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<IntegrationLink>> ListAsync(string module, CancellationToken cancellationToken = default) =>
        inner.ListAsync(module, cancellationToken);

    /// <inheritdoc />
    public Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default) =>
        inner.FindByRemoteIdAsync(module, remoteId, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<string, IntegrationLink>> FindByRemoteIdsAsync(string module, IReadOnlyCollection<string> remoteIds, CancellationToken cancellationToken = default) =>
        inner.FindByRemoteIdsAsync(module, remoteIds, cancellationToken);

    /// <inheritdoc />
    public Task SaveAsync(IntegrationLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        Forget(link.Module, link.BssId);
        return inner.SaveAsync(link, cancellationToken);
    }

    /// <inheritdoc />
    public Task RemoveAsync(string module, string bssId, CancellationToken cancellationToken = default)
    {
        Forget(module, bssId);
        return inner.RemoveAsync(module, bssId, cancellationToken);
    }

    private void Forget(string module, string bssId)
    {
        lock (_gate)
        {
            _held?.Remove((module, bssId));
        }
    }

    private sealed class Release(PageScopedLinks owner, Dictionary<(string Module, string BssId), IntegrationLink> held) : IDisposable
    {
        public void Dispose()
        {
            lock (owner._gate)
            {
                if (ReferenceEquals(owner._held, held))
                {
                    owner._held = null;
                }
            }
        }
    }
}
