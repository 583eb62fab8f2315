using System.Collections.Concurrent;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// The default contacts of the companies that need a new agreement, read for a whole batch in
/// <c>id in (…)</c> requests instead of one company read per customer.
/// </summary>
/// <param name="companies">The companies.</param>
internal sealed class DefaultContacts(IResourceClient<Company> companies)
{
    private readonly ConcurrentDictionary<int, int?> _known = new();

    /// <summary>Reads the default contacts of companies not read yet, in as few requests as the URL limit allows.</summary>
    /// <param name="companyIds">The companies.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>A task that completes when they are known.</returns>
    public async Task PrefetchAsync(IEnumerable<int> companyIds, CancellationToken cancellationToken)
    {
        var missing = companyIds.Where(id => id > 0 && !_known.ContainsKey(id)).Distinct().Cast<object>().ToArray();
        if (missing.Length < 2)
        {
            return;
        }

        foreach (var company in await companies.FindInAsync("id", missing, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (company.Id is { } id)
            {
                _known[id] = company.DefaultContact?.Id;
            }
        }
    }

    /// <summary>Gets a company's default contact, reading the company when it was not prefetched.</summary>
    /// <param name="companyId">The company.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The contact id, or <see langword="null"/> when the company has none.</returns>
    public async Task<int?> GetAsync(int companyId, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(companyId, out var known))
        {
            return known;
        }

        var company = await companies.GetAsync(companyId, cancellationToken).ConfigureAwait(false);
        return _known[companyId] = company?.DefaultContact?.Id;
    }
}
