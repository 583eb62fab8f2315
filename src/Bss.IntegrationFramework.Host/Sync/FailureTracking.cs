using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>Counts failed attempts of records, schedules their retries and quarantines those that keep failing.</summary>
/// <remarks>
/// A Transient failure (a 5xx, a timeout, a dropped connection, a 429 that outlasted its retries) says nothing about
/// the record: it is ConnectWise or the network. It is retried with the same growing delay but never quarantined,
/// so an outage over five scheduled runs does not quarantine every record it touched; once ConnectWise answers,
/// they go through without anyone running resync. Only failures the record causes (Data, Configuration,
/// Permission, Conflict) are quarantined after <see cref="RetryPolicy.MaxAttempts"/> attempts in a row.
/// </remarks>
internal static class FailureTracking
{
    /// <summary>Works out a batch's changes to the failure store, to be written with its results.</summary>
    /// <param name="scope">The run.</param>
    /// <param name="results">The batch's results.</param>
    /// <param name="failures">The failures known before the batch.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The results, with attempts counted and newly quarantined records marked, and the failures to store and forget.</returns>
    public static FailureUpdate Apply(
        RunScope scope,
        IReadOnlyList<RunResultRecord> results,
        IReadOnlyDictionary<(string Module, string BssId), RecordFailure> failures,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(failures);
        var policy = scope.Request.RetryPolicy;
        var updated = new List<RunResultRecord>(results.Count);
        var saved = new List<RecordFailure>();
        var cleared = new List<(string Module, string BssId)>();
        foreach (var result in results)
        {
            var previous = failures.GetValueOrDefault((result.Module, result.BssId));
            if (result.Outcome != nameof(PushOutcome.Failed))
            {
                if (previous is not null)
                {
                    cleared.Add((result.Module, result.BssId));
                }

                updated.Add(result);
                continue;
            }

            var attempts = (previous?.Attempts ?? 0) + 1;
            var quarantined = attempts >= policy.MaxAttempts && result.FailureKind != nameof(FailureKind.Transient);
            saved.Add(new RecordFailure(result.Module, result.BssId, attempts, result.FailureKind, result.Reason, now + policy.DelayAfter(attempts), quarantined));
            updated.Add(result with
            {
                Attempts = attempts,
                Outcome = quarantined ? RecordOutcomes.Quarantined : result.Outcome,
                Reason = quarantined ? $"{result.Reason} Quarantined after {attempts} failed attempts; fix it, then run 'resync {scope.Runtime.Instance.Name} {result.Module} {result.BssId}'." : result.Reason,
            });
        }

        return new FailureUpdate(updated, saved, cleared);
    }
}
