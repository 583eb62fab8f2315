using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>A sync started from the pages: collects the runner's progress and its outcome for the progress endpoint.</summary>
/// <param name="id">The job id.</param>
/// <param name="instance">The instance.</param>
/// <param name="dryRun">Whether it writes nothing.</param>
/// <param name="startedAt">When it started.</param>
internal sealed class SyncJob(long id, string instance, bool dryRun, DateTimeOffset startedAt) : IProgress<SyncProgress>
{
    private readonly Lock _lock = new();
    private readonly List<ModuleProgressView> _modules = [];
    private string _status = "Running";
    private DateTimeOffset? _endedAt;
    private SyncRunResult? _result;
    private string? _error;

    /// <summary>Gets the job id.</summary>
    public long Id { get; } = id;

    /// <summary>Gets the instance.</summary>
    public string Instance { get; } = instance;

    /// <summary>Gets a value indicating whether the job is still running.</summary>
    public bool IsRunning
    {
        get
        {
            lock (_lock)
            {
                return _endedAt is null;
            }
        }
    }

    /// <inheritdoc />
    public void Report(SyncProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_lock)
        {
            var view = new ModuleProgressView(value.Module, value.Done, value.Total, value.Message);
            var index = _modules.FindIndex(m => m.Module == value.Module);
            if (index < 0)
            {
                _modules.Add(view);
            }
            else
            {
                _modules[index] = view;
            }
        }
    }

    /// <summary>Records the run's outcome.</summary>
    /// <param name="result">What the run did.</param>
    /// <param name="at">When it ended.</param>
    public void Complete(SyncRunResult result, DateTimeOffset at)
    {
        lock (_lock)
        {
            _result = result;
            _status = result.Status;
            _endedAt = at;
        }
    }

    /// <summary>Records that the run stopped without a result.</summary>
    /// <param name="status">The status.</param>
    /// <param name="message">Why.</param>
    /// <param name="at">When.</param>
    public void Fail(string status, string message, DateTimeOffset at)
    {
        lock (_lock)
        {
            _status = status;
            _error = message;
            _endedAt = at;
        }
    }

    /// <summary>Gets the job's state now.</summary>
    /// <returns>The snapshot.</returns>
    public SyncJobSnapshot Snapshot()
    {
        lock (_lock)
        {
            return new SyncJobSnapshot(
                Id,
                Instance,
                dryRun,
                _endedAt is null,
                _status,
                startedAt,
                _endedAt,
                [.. _modules],
                _result?.RunId,
                _result?.Modules ?? (IReadOnlyList<ModuleRunStats>)[],
                _result?.Requests ?? 0,
                _error);
        }
    }
}
