using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>What one sync run did.</summary>
/// <param name="RunId">The run id in the sync log.</param>
/// <param name="Status">One of <see cref="RunStatus"/>.</param>
/// <param name="Modules">The totals of every module, in the order they ran.</param>
/// <param name="Results">The record results the report needs, in the order they happened: every failed, quarantined
/// or explained one and the first <see cref="RunScope.RoutineResultsKept"/> routine ones of each kind (the run log has all).</param>
/// <param name="Requests">The HTTP requests the connector sent.</param>
internal sealed record SyncRunResult(long RunId, string Status, IReadOnlyList<ModuleRunStats> Modules, IReadOnlyList<RunResultRecord> Results, long Requests)
{
    /// <summary>Gets how many records of the run failed or were quarantined.</summary>
    public int FailedCount => Modules.Sum(m => m.Failed + m.Quarantined);

    /// <summary>Gets how many routine results are in the run log but not in <see cref="Results"/>.</summary>
    public int OmittedResults { get; init; }

    /// <summary>Gets the alerts the run raised or closed.</summary>
    public IReadOnlyList<Alerts.AlertChange> Alerts { get; init; } = [];
}
