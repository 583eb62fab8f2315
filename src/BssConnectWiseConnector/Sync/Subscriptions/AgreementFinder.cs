using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>Finds the open (not cancelled) agreements of many companies and types with as few requests as the URL allows.</summary>
internal sealed class AgreementFinder
{
    private readonly ModuleContext _services;

    /// <summary>Initializes a new instance of the <see cref="AgreementFinder"/> class.</summary>
    /// <param name="services">The session's services.</param>
    public AgreementFinder(ModuleContext services)
    {
        _services = services;
    }

    /// <summary>Reads the open agreements of the keys: <c>company/id in (…) and type/id in (…) and cancelledFlag = false</c>.</summary>
    /// <param name="keys">The companies and types.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The agreements of each key (an empty list when it has none).</returns>
    public async Task<IReadOnlyDictionary<AgreementKey, IReadOnlyList<Agreement>>> FindAsync(IReadOnlyCollection<AgreementKey> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = keys.Distinct().ToDictionary(k => k, _ => (IReadOnlyList<Agreement>)[]);
        if (result.Count == 0)
        {
            return result;
        }

        var companies = keys.Select(k => k.CompanyId).Distinct().Order().Cast<object>().ToArray();
        var types = keys.Select(k => k.TypeId).Distinct().Order().Cast<object>().ToArray();
        var extra = Condition.And(Condition.In("type/id", types), Condition.Equal("cancelledFlag", false));
        var found = await _services.Client.Agreements.FindInAsync("company/id", companies, extra, cancellationToken).ConfigureAwait(false);
        foreach (var group in found.Where(a => a.Company?.Id is not null && a.Type?.Id is not null).GroupBy(a => new AgreementKey(a.Company!.Id!.Value, a.Type!.Id!.Value)))
        {
            if (result.ContainsKey(group.Key))
            {
                result[group.Key] = group.OrderBy(a => a.Id).ToArray();
            }
        }

        return result;
    }
}
