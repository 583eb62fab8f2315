using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>Resync and unlink of one record: the commands <c>resync</c> and <c>unlink</c> and the report page's buttons.</summary>
/// <param name="services">The host services.</param>
internal sealed class RecordActions(HostServices services)
{
    /// <summary>Makes the next sync push a record again and lifts its quarantine.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="module">The module.</param>
    /// <param name="bssId">The BSS id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What was done, as a sentence.</returns>
    /// <exception cref="HostException">The record is neither linked nor failing.</exception>
    public async Task<string> ResyncAsync(InstanceInfo instance, string module, string bssId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var lifted = await new FailureStore(services.Database, instance.Id).ClearAsync(module, bssId, cancellationToken).ConfigureAwait(false);
        var linked = bssId != "*" && await services.LinksOf(instance).ForgetHashAsync(module, bssId, cancellationToken).ConfigureAwait(false);
        if (lifted == 0 && !linked)
        {
            throw new HostException($"{module} {bssId} of instance '{instance.Name}' is neither linked nor failing; nothing to resync.");
        }

        return $"{module} {bssId}: {(linked ? "will be pushed again on the next sync" : "link unchanged")}; {lifted} failure records cleared.";
    }

    /// <summary>Forgets the link of a record to its ConnectWise record.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="module">The module.</param>
    /// <param name="bssId">The BSS id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What was done, as a sentence.</returns>
    /// <exception cref="HostException">The record is not linked.</exception>
    public async Task<string> UnlinkAsync(InstanceInfo instance, string module, string bssId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var links = services.LinksOf(instance);
        var existing = await links.GetManyAsync(module, [bssId], cancellationToken).ConfigureAwait(false);
        if (!existing.TryGetValue(bssId, out var link))
        {
            throw new HostException($"{module} {bssId} of instance '{instance.Name}' is not linked.");
        }

        await links.RemoveAsync(module, bssId, cancellationToken).ConfigureAwait(false);
        return $"{module} {bssId}: unlinked from ConnectWise id {link.RemoteId}; the next push finds it by its natural key or creates it.";
    }
}
