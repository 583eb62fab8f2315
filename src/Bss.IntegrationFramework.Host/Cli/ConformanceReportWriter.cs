namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Writes a conformance report as text: one block per assumption, then suggestions, cleanup and totals.</summary>
internal static class ConformanceReportWriter
{
    private const int Indent = 14;

    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="instance">The instance's name.</param>
    /// <param name="report">The report.</param>
    /// <returns>A task that completes when it is written.</returns>
    public static async Task WriteAsync(TextWriter output, string instance, ConformanceReport report)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(report);
        await output.WriteLineAsync($"Conformance of {instance}, run {report.RunId} (test records named BSSCONF{report.RunId}):").ConfigureAwait(false);
        foreach (var row in report.Rows)
        {
            await output.WriteLineAsync($"{Label(row.Outcome),-Indent}{CommandActions.OneLine(row.Assumption)}").ConfigureAwait(false);
            await output.WriteLineAsync($"{string.Empty,-Indent}{CommandActions.OneLine(row.Detail)}").ConfigureAwait(false);
            if (!string.IsNullOrWhiteSpace(row.Fix))
            {
                await output.WriteLineAsync($"{string.Empty,-Indent}fix: {CommandActions.OneLine(row.Fix)}").ConfigureAwait(false);
            }
        }

        if (report.Suggestions.Count > 0)
        {
            await output.WriteLineAsync("Suggested settings:").ConfigureAwait(false);
            foreach (var suggestion in report.Suggestions)
            {
                await output.WriteLineAsync($"  {suggestion.Setting} = '{suggestion.Value}': {CommandActions.OneLine(suggestion.Reason)}").ConfigureAwait(false);
            }
        }

        if (report.Leftovers.Count == 0)
        {
            await output.WriteLineAsync("Cleanup: every test record was deleted.").ConfigureAwait(false);
        }
        else
        {
            await output.WriteLineAsync("Cleanup: these test records could not be deleted:").ConfigureAwait(false);
            foreach (var leftover in report.Leftovers)
            {
                await output.WriteLineAsync($"  {CommandActions.OneLine(leftover)}").ConfigureAwait(false);
            }
        }

        await output.WriteLineAsync(
            $"{Count(report, ConformanceOutcome.Held)} held, {Count(report, ConformanceOutcome.Differs)} differ, {Count(report, ConformanceOutcome.CouldNotTest)} could not be tested.").ConfigureAwait(false);
    }

    private static int Count(ConformanceReport report, ConformanceOutcome outcome) => report.Rows.Count(r => r.Outcome == outcome);

    private static string Label(ConformanceOutcome outcome) => outcome switch
    {
        ConformanceOutcome.Held => "[held]",
        ConformanceOutcome.Differs => "[differs]",
        _ => "[not tested]",
    };
}
