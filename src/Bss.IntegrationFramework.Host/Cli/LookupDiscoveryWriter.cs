using System.Globalization;
using Bss.IntegrationFramework.Host.Lookups;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Writes lookup discovery as text.</summary>
internal static class LookupDiscoveryWriter
{
    /// <summary>Writes the outcomes.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="outcomes">The outcomes.</param>
    /// <param name="mapped">The mappings before discovery.</param>
    public static void Write(TextWriter output, IReadOnlyList<LookupDiscoveryOutcome> outcomes, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> mapped)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(mapped);
        foreach (var outcome in outcomes)
        {
            output.WriteLine($"{outcome.Lookup.Name}: {outcome.Lookup.BssField} of {outcome.Lookup.Module} -> {outcome.Lookup.Target}");
            if (outcome.Error is not null)
            {
                output.WriteLine($"  discovery failed: {CommandActions.OneLine(outcome.Error)}");
                output.WriteLine();
                continue;
            }

            var result = outcome.Result!;
            output.WriteLine("  ConnectWise values: " + (result.Values.Count == 0 ? "none" : string.Join(", ", result.Values.Select(v => $"{v.Name} ({v.Id}{(v.Active ? string.Empty : ", inactive")})"))));
            var current = mapped.GetValueOrDefault(outcome.Lookup.Name) ?? new Dictionary<string, string>();
            var rows = outcome.BssValues.Select(value =>
            {
                var suggestion = result.Suggestions.FirstOrDefault(s => s.BssValue == value);
                var applied = outcome.Applied.Any(a => a.BssValue == value);
                return (IReadOnlyList<string?>)
                [
                    value,
                    current.GetValueOrDefault(value) ?? (applied ? suggestion!.Value.Id : null),
                    suggestion is null ? "no match" : $"{suggestion.Value.Name} ({suggestion.Value.Id})",
                    suggestion?.Score.ToString("0.00", CultureInfo.InvariantCulture),
                    applied ? "applied" : current.ContainsKey(value) ? "mapped" : "unmapped",
                ];
            }).ToList();
            if (rows.Count == 0)
            {
                output.WriteLine("  (no BSS values of this field in the store)");
            }
            else
            {
                TextTable.Write(output, ["BSS value", "Mapped to", "Suggested", "Score", "State"], rows);
            }

            output.WriteLine();
        }
    }
}
