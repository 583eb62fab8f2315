using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>Counts failed attempts of records, schedules their retries and quarantines those that keep failing.</summary>
internal static class FailureTracking
{
    /// <summary>Updates the failure store from a batch's results.</summary>
    /// <param name="scope">The run.</param>
    /// <param name="results">The batch's results.</param>
    /// <param name="failures">The failures known before the batch.</param>
    /// <param name="now">The current time.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The results, with attempts counted and newly quarantined records marked.</returns>
    public static async Task<List<RunResultRecord>> ApplyAsync(
        RunScope scope,
        IReadOnlyList<RunResultRecord> results,
        IReadOnlyDictionary<(string Module, string BssId), RecordFailure> failures,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var policy = scope.Request.RetryPolicy;
        var updated = new List<RunResultRecord>(results.Count);
        foreach (var result in results)
        {
            var previous = failures.GetValueOrDefault((result.Module, result.BssId));
            if (result.Outcome != nameof(PushOutcome.Failed))
            {
                if (previous is not null)
                {
                    await scope.Failures.ClearAsync(result.Module, result.BssId, cancellationToken).ConfigureAwait(false);
                }

                updated.Add(result);
                continue;
            }

            var attempts = (previous?.Attempts ?? 0) + 1;
            var quarantined = attempts >= policy.MaxAttempts;
            await scope.Failures.SaveAsync(
                new RecordFailure(result.Module, result.BssId, attempts, result.FailureKind, result.Reason, now + policy.DelayAfter(attempts), quarantined),
                cancellationToken).ConfigureAwait(false);
            updated.Add(result with
            {
                Attempts = attempts,
                Outcome = quarantined ? RecordOutcomes.Quarantined : result.Outcome,
                Reason = quarantined ? $"{result.Reason} Quarantined after {attempts} failed attempts; fix it, then run 'resync {scope.Runtime.Instance.Name} {result.Module} {result.BssId}'." : result.Reason,
            });
        }

        return updated;
    }
}
