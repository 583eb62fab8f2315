using System.Globalization;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Writes a run's per-record results and totals as plain text.</summary>
internal static class SyncReportWriter
{
    /// <summary>Writes one line per record.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="results">The results.</param>
    /// <param name="names">Record names by module and BSS id, to show beside the id, if known.</param>
    public static void WriteResults(TextWriter output, IEnumerable<RunResultRecord> results, IReadOnlyDictionary<(string Module, string BssId), string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(results);
        var list = results.ToList();
        if (list.Count == 0)
        {
            output.WriteLine("(no records)");
            return;
        }

        TextTable.Write(
            output,
            ["Module", "BSS id", "Name", "Operation", "Outcome", "ConnectWise id", "Reason"],
            list.Select(r => (IReadOnlyList<string?>)
            [
                r.Module,
                r.BssId,
                names?.GetValueOrDefault((r.Module, r.BssId)),
                r.Operation,
                r.Outcome,
                r.RemoteId,
                Reason(r),
            ]));
        var changed = list.Where(r => r.Changes.Count > 0).ToList();
        if (changed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Field changes:");
            foreach (var result in changed)
            {
                output.WriteLine($"  {result.Module} {result.BssId} ({result.Operation} -> {result.Outcome}{(result.RemoteId is null ? string.Empty : ", ConnectWise id " + result.RemoteId)}):");
                foreach (var change in result.Changes)
                {
                    output.WriteLine($"    {change.Field}: {change.OldValue ?? "(empty)"} -> {change.NewValue ?? "(empty)"}");
                }
            }
        }
    }

    /// <summary>Writes the totals of every module and of the run.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="modules">The module totals.</param>
    /// <param name="requests">The requests of the run.</param>
    public static void WriteTotals(TextWriter output, IReadOnlyList<ModuleRunStats> modules, long requests)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(modules);
        TextTable.Write(
            output,
            ["Module", "Direction", "Created", "Updated", "Unchanged", "Skipped", "Failed", "Quarantined", "Pulled", "Requests", "Note"],
            modules.Select(m => (IReadOnlyList<string?>)
            [
                m.Module,
                m.Direction,
                Number(m.Created),
                Number(m.Updated),
                Number(m.Unchanged),
                Number(m.Skipped),
                Number(m.Failed),
                Number(m.Quarantined),
                Number(m.Pulled),
                Number(m.Requests),
                m.Note,
            ]));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Totals: {modules.Sum(m => m.Created)} created, {modules.Sum(m => m.Updated)} updated, {modules.Sum(m => m.Unchanged)} unchanged, {modules.Sum(m => m.Skipped)} skipped, {modules.Sum(m => m.Failed)} failed, {modules.Sum(m => m.Quarantined)} quarantined, {modules.Sum(m => m.Pulled)} pulled; {Wording.Count(requests, "request")}."));
    }

    private static string? Reason(RunResultRecord result)
    {
        var kind = result.FailureKind is null ? null : $"[{result.FailureKind}] ";
        var changes = result.Changes.Count == 0 ? null : $"{(result.Reason is null ? string.Empty : " ")}{Wording.Count(result.Changes.Count, "field change")} (below)";
        return kind + result.Reason + changes;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
