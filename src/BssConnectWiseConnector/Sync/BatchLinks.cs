using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// The links a push batch's records refer to (an account's parent and contact, a contact's account), read in one call
/// per module when the batch is prepared: through the host each ask is a query, and a re-push of 20,000 unchanged
/// records asked 30,000 times. Only the prepared records are answered from it, and only with links found; a link
/// made later (a parent pushed first) or asked for another record (a pull's merge) is asked of the store.
/// </summary>
/// <param name="links">The link store.</param>
internal sealed class BatchLinks(IIntegrationLinkStore links) : IReferencedLinks
{
    private HashSet<object> _records = new(ReferenceEqualityComparer.Instance);
    private Dictionary<(string Module, string BssId), IntegrationLink> _found = [];

    /// <inheritdoc />
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

    /// <inheritdoc />
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

    /// <inheritdoc />
    public async Task<int?> RemoteIdAsync(object referrer, string module, string? bssId, CancellationToken cancellationToken) =>
        await FindAsync(referrer, module, bssId, cancellationToken).ConfigureAwait(false) is { } link
            && int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;
}
