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

    /// <summary>Gets every record result of the run so far.</summary>
    public List<RunResultRecord> Results { get; } = [];

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

    /// <summary>Counts results already stored (redacted) in the module's totals and adds them to <see cref="Results"/>.</summary>
    /// <param name="results">The results.</param>
    /// <param name="tally">The module's counters.</param>
    public void Remember(IReadOnlyList<RunResultRecord> results, ModuleTally tally)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(tally);
        foreach (var result in results)
        {
            tally.Add(result.Outcome);
        }

        Results.AddRange(results);
    }
}
