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
        results = [.. results.Select(r => r.Reason is null ? r : r with { Reason = Services.Redactor.Redact(r.Reason) })];
        await Services.Runs.AddResultsAsync(results, cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            tally.Add(result.Outcome);
        }

        Results.AddRange(results);
    }
}
