using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// The links a push batch's records refer to (an account's parent and contact, a contact's account), read in one call
/// per module when the batch is prepared: through the host each ask is a query, and a re-push of 20,000 unchanged
/// records asked 30,000 times. Only the prepared records are answered from it, and only with links found; a link
/// made later (a parent pushed first) or asked for another record (a pull's merge) is asked of the store.
/// </summary>
/// <param name="links">The link store.</param>
internal sealed class BatchLinks(IIntegrationLinkStore links)
{
    private HashSet<object> _records = new(ReferenceEqualityComparer.Instance);
    private Dictionary<(string Module, string BssId), IntegrationLink> _found = [];

    /// <summary>Reads, in one call per module, the links a batch's records refer to; forgets the previous batch's.</summary>
    /// <param name="records">The batch's records.</param>
    /// <param name="references">The modules and BSS ids the records refer to.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when they are read.</returns>
    public async Task PrepareAsync(IEnumerable<object> records, IEnumerable<(string Module, string? BssId)> references, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(references);
        var found = new Dictionary<(string Module, string BssId), IntegrationLink>();
        foreach (var module in references.Where(r => !string.IsNullOrWhiteSpace(r.BssId)).GroupBy(r => r.Module, StringComparer.Ordinal))
        {
            var ids = module.Select(r => r.BssId!).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var (bssId, link) in await links.GetManyAsync(module.Key, ids, cancellationToken).ConfigureAwait(false))
            {
                found[(module.Key, bssId)] = link;
            }
        }

        _records = new HashSet<object>(records, ReferenceEqualityComparer.Instance);
        _found = found;
    }

    /// <summary>Finds the link of a record a batch's record refers to.</summary>
    /// <param name="referrer">The record that refers to it.</param>
    /// <param name="module">The module of the record referred to.</param>
    /// <param name="bssId">Its BSS id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The link, or <see langword="null"/> when it is not linked.</returns>
    public async Task<IntegrationLink?> FindAsync(object referrer, string module, string? bssId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(bssId))
        {
            return null;
        }

        if (_records.Contains(referrer) && _found.TryGetValue((module, bssId), out var known))
        {
            return known;
        }

        return (await links.GetManyAsync(module, [bssId], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(bssId);
    }
}
