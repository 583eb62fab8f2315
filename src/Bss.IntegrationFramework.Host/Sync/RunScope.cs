using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>What the module steps of one run share.</summary>
/// <param name="Services">The host services.</param>
/// <param name="Runtime">The instance, its connector and context.</param>
/// <param name="Session">The open session.</param>
/// <param name="Request">What the run does.</param>
/// <param name="RunId">The run id.</param>
internal sealed record RunScope(HostServices Services, InstanceRuntime Runtime, IConnectorSession Session, SyncRequest Request, long RunId)
{
    /// <summary>Gets the records of the instance that failed in a row.</summary>
    public FailureStore Failures { get; } = new(Services.Database, Runtime.Instance.Id);

    /// <summary>
    /// The routine results a run keeps in memory for its report, of each kind (unchanged; written or pulled), so that
    /// 20,000 unchanged records never hide the changed ones after them; the run log in the store has every result.
    /// A pull of 100,000 companies must not hold 100,000 rows.
    /// </summary>
    public const int RoutineResultsKept = 1000;

    private int _unchangedKept;
    private int _changedKept;

    /// <summary>
    /// Gets the results of the run so far that its report and alerts need: every failed, quarantined or explained
    /// result, and the first <see cref="RoutineResultsKept"/> routine ones of each kind.
    /// </summary>
    public List<RunResultRecord> Results { get; } = [];

    /// <summary>Gets how many routine results were stored in the run log but not kept in <see cref="Results"/>.</summary>
    public int OmittedResults { get; private set; }

    /// <summary>Records results in the log and in <see cref="Results"/>.</summary>
    /// <param name="results">The results.</param>
    /// <param name="tally">The module's counters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are stored.</returns>
    public async Task RecordAsync(IReadOnlyList<RunResultRecord> results, ModuleTally tally, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(tally);
        results = [.. results.Select(Redact)];
        await Services.Runs.AddResultsAsync(results, cancellationToken).ConfigureAwait(false);
        Remember(results, tally);
    }

    /// <summary>Masks the secrets of the instances in use in a result's reason, before it is stored.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The result as it may be stored.</returns>
    public RunResultRecord Redact(RunResultRecord result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Reason is null ? result : result with { Reason = Services.Redactor.Redact(result.Reason) };
    }

    /// <summary>
    /// Counts results already stored (redacted) in the module's totals and keeps them in <see cref="Results"/>, the
    /// routine ones up to <see cref="RoutineResultsKept"/>.
    /// </summary>
    /// <param name="results">The results.</param>
    /// <param name="tally">The module's counters.</param>
    public void Remember(IReadOnlyList<RunResultRecord> results, ModuleTally tally)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(tally);
        foreach (var result in results)
        {
            tally.Add(result.Outcome);
            if (!IsRoutine(result))
            {
                Results.Add(result);
            }
            else if (result.Outcome == nameof(PushOutcome.Unchanged) ? _unchangedKept++ < RoutineResultsKept : _changedKept++ < RoutineResultsKept)
            {
                Results.Add(result);
            }
            else
            {
                OmittedResults++;
            }
        }
    }

    private static bool IsRoutine(RunResultRecord result) =>
        result.Reason is null
        && result.FailureKind is null
        && result.Outcome is not (nameof(PushOutcome.Failed) or RecordOutcomes.Quarantined);
}
