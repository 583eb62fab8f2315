namespace Bss.IntegrationFramework;

/// <summary>The links of one connector instance (BSS id ⇄ remote id per module), kept by the host.</summary>
public interface IIntegrationLinkStore
{
    /// <summary>Gets the links of several BSS records of a module at once.</summary>
    /// <param name="module">The module.</param>
    /// <param name="bssIds">The BSS ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The links found, by BSS id.</returns>
    Task<IReadOnlyDictionary<string, IntegrationLink>> GetManyAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lists every link of a module, so a connector can tell which remote records it owns (the agreements its
    /// subscriptions' additions sit on) and notice a linked record that the remote system no longer lists.
    /// </summary>
    /// <param name="module">The module.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The module's links.</returns>
    Task<IReadOnlyList<IntegrationLink>> ListAsync(string module, CancellationToken cancellationToken = default);

    /// <summary>Finds the link of a remote record.</summary>
    /// <param name="module">The module.</param>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The link, or <see langword="null"/>.</returns>
    Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Finds the links of several remote records of a module at once, so a connector reads a pulled page's links in
    /// one call. A host should answer in one query; the default asks <see cref="FindByRemoteIdAsync"/> once per id,
    /// so hosts written before this member keep working.
    /// </summary>
    /// <param name="module">The module.</param>
    /// <param name="remoteIds">The remote ids.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The links found, by remote id; an id without a link is absent.</returns>
    async Task<IReadOnlyDictionary<string, IntegrationLink>> FindByRemoteIdsAsync(string module, IReadOnlyCollection<string> remoteIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(remoteIds);
        var found = new Dictionary<string, IntegrationLink>(StringComparer.Ordinal);
        foreach (var remoteId in remoteIds)
        {
            if (!found.ContainsKey(remoteId) && await FindByRemoteIdAsync(module, remoteId, cancellationToken).ConfigureAwait(false) is { } link)
            {
                found[remoteId] = link;
            }
        }

        return found;
    }

    /// <summary>
    /// Creates or replaces the link of a BSS record. The link is visible to this store's reads at once; a host may
    /// hold it with the rest of a push batch and make it durable when the batch's results are committed (the sample
    /// host does, in one transaction), so a connector must not rely on a link surviving a crash within its batch and
    /// keeps creates recoverable by natural key.
    /// </summary>
    /// <param name="link">The link.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the link is saved (visible to reads; durable at the latest when the batch ends).</returns>
    Task SaveAsync(IntegrationLink link, CancellationToken cancellationToken = default);

    /// <summary>Removes the link of a BSS record, if any.</summary>
    /// <param name="module">The module.</param>
    /// <param name="bssId">The BSS id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the link is gone.</returns>
    Task RemoveAsync(string module, string bssId, CancellationToken cancellationToken = default);
}
