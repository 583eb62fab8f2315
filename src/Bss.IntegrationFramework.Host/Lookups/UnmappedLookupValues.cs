using Bss.IntegrationFramework.Host.Bss;

namespace Bss.IntegrationFramework.Host.Lookups;

/// <summary>
/// The host's part of the preflight check: the BSS values in the store that no lookup maps. The connector cannot
/// enumerate the BSS's records, so the host, which keeps them, reports these findings beside the connector's.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class UnmappedLookupValues(HostServices services)
{
    /// <summary>Finds the unmapped values of every lookup of the enabled modules.</summary>
    /// <param name="instanceName">The instance name, for the fix.</param>
    /// <param name="manifest">The connector's manifest.</param>
    /// <param name="lookups">The instance's lookup tables.</param>
    /// <param name="options">The instance's synchronization options.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One finding per lookup with unmapped values: an error for a required lookup, else a warning.</returns>
    public async Task<IReadOnlyList<CheckFinding>> FindAsync(
        string instanceName,
        ConnectorManifest manifest,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> lookups,
        SyncOptions options,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(lookups);
        ArgumentNullException.ThrowIfNull(options);
        var values = new BssFieldValues(services.Records);
        var findings = new List<CheckFinding>();
        foreach (var lookup in manifest.Lookups.Where(l => IsEnabled(manifest, options, l.Module)))
        {
            var mapped = lookups
                .Where(t => string.Equals(t.Key, lookup.Name, StringComparison.OrdinalIgnoreCase))
                .SelectMany(t => t.Value.Keys)
                .Select(k => k.Trim())
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var unmapped = (await values.GetAsync(lookup.Module, lookup.BssField, cancellationToken).ConfigureAwait(false))
                .Where(v => !mapped.Contains(v.Trim()))
                .ToList();
            if (unmapped.Count > 0)
            {
                findings.Add(new CheckFinding(
                    lookup.Required ? CheckSeverity.Error : CheckSeverity.Warning,
                    $"{lookup.Name} lookup",
                    $"BSS values of {lookup.Module} {lookup.BssField} that the {lookup.Name} lookup does not map: {string.Join(", ", unmapped.Select(v => $"'{v}'"))}; records with them fail.",
                    $"Map them: 'lookups discover {instanceName} {lookup.Name} --apply' or 'lookups set {instanceName} {lookup.Name} VALUE ID'."));
            }
        }

        return findings;
    }

    /// <summary>
    /// Before a run writes records: keeps the lookup fields of the enabled modules whose entity has no record yet, so
    /// that <see cref="FindAsync"/> after the run reads their counts, not every record the run wrote.
    /// </summary>
    /// <param name="manifest">The connector's manifest.</param>
    /// <param name="options">The instance's synchronization options.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the fields are kept.</returns>
    public async Task KeepWhileEmptyAsync(ConnectorManifest manifest, SyncOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var module in manifest.Lookups.Where(l => IsEnabled(manifest, options, l.Module)).GroupBy(l => l.Module, StringComparer.OrdinalIgnoreCase))
        {
            if (BssEntity.ForModule(module.Key) is { } entity)
            {
                await services.Records.KeepFieldsWhileEmptyAsync(entity, [.. module.Select(l => l.BssField)], cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static bool IsEnabled(ConnectorManifest manifest, SyncOptions options, string module) =>
        manifest.Modules.Any(m => string.Equals(m.Name, module, StringComparison.OrdinalIgnoreCase) && m.Operations.Any(o => options.IsEnabled(m.Name, o)));
}
