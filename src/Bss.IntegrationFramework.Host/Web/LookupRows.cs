using Bss.IntegrationFramework.Host.Lookups;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The rows of the lookup tables: each lookup's BSS values in the store, and those already mapped.</summary>
internal static class LookupRows
{
    /// <summary>Lists the BSS values of every lookup.</summary>
    /// <param name="services">The host services.</param>
    /// <param name="manifest">The connector's manifest.</param>
    /// <param name="mapped">The stored lookup tables.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Per lookup, its BSS values in order.</returns>
    public static async Task<IReadOnlyList<(LookupDefinition Lookup, IReadOnlyList<string> Values)>> LoadAsync(
        HostServices services,
        ConnectorManifest manifest,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> mapped,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(mapped);
        var fieldValues = new BssFieldValues(services.Records);
        var rows = new List<(LookupDefinition, IReadOnlyList<string>)>();
        foreach (var lookup in manifest.Lookups)
        {
            var values = new SortedSet<string>(await fieldValues.GetAsync(lookup.Module, lookup.BssField, cancellationToken).ConfigureAwait(false), StringComparer.Ordinal);
            values.UnionWith(mapped.GetValueOrDefault(lookup.Name)?.Keys ?? []);
            rows.Add((lookup, [.. values]));
        }

        return rows;
    }
}
