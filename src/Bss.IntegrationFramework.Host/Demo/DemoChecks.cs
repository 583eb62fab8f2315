using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Demo;

/// <summary>What the demo proves: the first push links every record, the second changes and writes nothing.</summary>
internal static class DemoChecks
{
    /// <summary>Checks the two pushes.</summary>
    /// <param name="first">The first push.</param>
    /// <param name="second">The second push.</param>
    /// <param name="secondWrites">Write requests the simulator received during the second push.</param>
    /// <returns>Every problem; empty when the demo passed.</returns>
    public static IReadOnlyList<string> Verify(SyncRunResult first, SyncRunResult second, int secondWrites)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var problems = new List<string>();
        if (first.Results.Count == 0)
        {
            problems.Add("the first push pushed no record (does the connector offer the demo's modules?)");
        }

        var failed = first.Results.Where(r => r.Outcome == nameof(PushOutcome.Failed)).ToList();
        if (failed.Count > 0)
        {
            problems.Add($"{Wording.Count(failed.Count, "record")} failed in the first push (the first, {failed[0].Module} {failed[0].BssId}: {failed[0].Reason})");
        }

        var changed = second.Results.Where(r => r.Outcome != nameof(PushOutcome.Unchanged)).ToList();
        if (changed.Count > 0)
        {
            problems.Add($"{Wording.Count(changed.Count, "record")} {(changed.Count == 1 ? "was" : "were")} not Unchanged in the second push ({string.Join(", ", changed.Take(5).Select(c => $"{c.BssId}: {c.Outcome}"))}{(changed.Count > 5 ? ", ..." : string.Empty)})");
        }

        var firstRecords = first.Results.Select(r => (r.Module, r.BssId)).Distinct().Count();
        var secondRecords = second.Results.Select(r => (r.Module, r.BssId)).Distinct().Count();
        if (secondRecords != firstRecords)
        {
            problems.Add($"the second push reported {Wording.Count(secondRecords, "record")}, the first {firstRecords}");
        }

        if (secondWrites != 0)
        {
            problems.Add($"the simulator received {Wording.Count(secondWrites, "write request")} during the second push, expected 0");
        }

        return problems;
    }
}
