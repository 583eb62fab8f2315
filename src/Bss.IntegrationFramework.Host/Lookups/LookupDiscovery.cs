using Bss.IntegrationFramework.Host.Instances;

namespace Bss.IntegrationFramework.Host.Lookups;

/// <summary>
/// Asks the connector for the remote values of lookups, with suggested matches for the BSS values in the store,
/// and optionally stores the confident matches as mappings.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class LookupDiscovery(HostServices services)
{
    /// <summary>The lowest score a suggestion needs to be applied.</summary>
    public const double ConfidentScore = 0.9;

    /// <summary>Discovers lookups.</summary>
    /// <param name="runtime">The instance.</param>
    /// <param name="session">An open session of the instance.</param>
    /// <param name="lookups">The lookups to discover.</param>
    /// <param name="apply">Whether to store confident matches of BSS values not mapped yet.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One outcome per lookup.</returns>
    public async Task<IReadOnlyList<LookupDiscoveryOutcome>> DiscoverAsync(
        InstanceRuntime runtime,
        IConnectorSession session,
        IEnumerable<LookupDefinition> lookups,
        bool apply,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(lookups);
        var fieldValues = new BssFieldValues(services.Records);
        var outcomes = new List<LookupDiscoveryOutcome>();
        foreach (var lookup in lookups)
        {
            var values = await fieldValues.GetAsync(lookup.Module, lookup.BssField, cancellationToken).ConfigureAwait(false);
            DiscoveryResult result;
            try
            {
                result = await session.DiscoverAsync(new DiscoveryRequest(lookup.Name, values), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var message = ex is ArgumentException { ParamName: { } parameter } ? ex.Message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal) : ex.Message;
                outcomes.Add(new LookupDiscoveryOutcome(lookup, values, null, message, []));
                continue;
            }

            var applied = new List<SuggestedMatch>();
            if (apply)
            {
                var mapped = runtime.Context.Lookups.GetValueOrDefault(lookup.Name);
                foreach (var match in result.Suggestions.Where(s => s.Score >= ConfidentScore && mapped?.ContainsKey(s.BssValue) != true))
                {
                    await services.Lookups.SetAsync(runtime.Instance.Id, lookup.Name, match.BssValue, match.Value.Id, cancellationToken).ConfigureAwait(false);
                    applied.Add(match);
                }
            }

            outcomes.Add(new LookupDiscoveryOutcome(lookup, values, result, null, applied));
        }

        return outcomes;
    }
}
