using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Web;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>What the progress endpoint answers: the state of a sync started from the pages.</summary>
/// <param name="Id">The job id.</param>
/// <param name="Instance">The instance.</param>
/// <param name="DryRun">Whether it writes nothing.</param>
/// <param name="Running">Whether it is still running.</param>
/// <param name="Status">Running, or the run's final status.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended, if it did.</param>
/// <param name="Modules">Progress per module, in the order they started.</param>
/// <param name="RunId">The run in the sync log, once it ended.</param>
/// <param name="Totals">The module totals, once it ended.</param>
/// <param name="Requests">The requests sent, once it ended.</param>
/// <param name="Error">Why it stopped, if it failed.</param>
public sealed record SyncJobSnapshot(
    long Id,
    string Instance,
    bool DryRun,
    bool Running,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    IReadOnlyList<ModuleProgressView> Modules,
    long? RunId,
    IReadOnlyList<ModuleRunStats> Totals,
    long Requests,
    string? Error);
