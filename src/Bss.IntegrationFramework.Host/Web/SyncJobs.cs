using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;
using Microsoft.Extensions.Hosting;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// The syncs started from the pages. Each runs in the background through the same <see cref="SyncRunner"/> as
/// <c>sync</c>; the pages poll its progress. One sync per instance at a time (the run lock enforces it across
/// processes too); stopping the host cancels them between batches, as Ctrl+C does for <c>sync</c>.
/// </summary>
/// <param name="services">The host services.</param>
/// <param name="lifetime">The application's lifetime, whose stopping cancels the runs.</param>
internal sealed class SyncJobs(HostServices services, IHostApplicationLifetime lifetime)
{
    private const int Kept = 50;
    private readonly Lock _lock = new();
    private readonly Dictionary<long, SyncJob> _jobs = [];
    private readonly List<Task> _running = [];
    private long _lastId;

    /// <summary>Starts a sync, unless one of the instance is running already.</summary>
    /// <param name="request">What to run.</param>
    /// <returns>The new job, or the one already running for the instance.</returns>
    public SyncJob Start(SyncRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        SyncJob job;
        lock (_lock)
        {
            var running = _jobs.Values.FirstOrDefault(j => j.IsRunning && string.Equals(j.Instance, request.InstanceName, StringComparison.OrdinalIgnoreCase));
            if (running is not null)
            {
                return running;
            }

            job = new SyncJob(++_lastId, request.InstanceName, request.DryRun, services.TimeProvider.GetUtcNow());
            _jobs[job.Id] = job;
            foreach (var old in _jobs.Values.Where(j => !j.IsRunning).OrderBy(j => j.Id).Take(Math.Max(0, _jobs.Count - Kept)).ToList())
            {
                _jobs.Remove(old.Id);
            }
        }

        var task = Task.Run(() => RunAsync(job, request, lifetime.ApplicationStopping), CancellationToken.None);
        lock (_lock)
        {
            _running.RemoveAll(t => t.IsCompleted);
            _running.Add(task);
        }

        return job;
    }

    /// <summary>Waits for the runs still going (they stop between batches once the host stops), so the store outlives them.</summary>
    /// <returns>A task that completes when no run is left.</returns>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return Task.WhenAll(_running);
        }
    }

    /// <summary>Finds a job.</summary>
    /// <param name="id">The job id.</param>
    /// <returns>The job, or <see langword="null"/>.</returns>
    public SyncJob? Find(long id)
    {
        lock (_lock)
        {
            return _jobs.GetValueOrDefault(id);
        }
    }

    private async Task RunAsync(SyncJob job, SyncRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var result = await new SyncRunner(services).RunAsync(request, job, cancellationToken).ConfigureAwait(false);
            job.Complete(result, services.TimeProvider.GetUtcNow());
        }
        catch (OperationCanceledException)
        {
            job.Fail(RunStatus.Cancelled, "Stopped because the host is stopping; the next run resumes.", services.TimeProvider.GetUtcNow());
        }
        catch (Exception ex) when (ex is HostException or ConnectorConfigurationException)
        {
            job.Fail(RunStatus.Failed, services.Redactor.Redact(ex.Message) ?? string.Empty, services.TimeProvider.GetUtcNow());
        }
        catch (Exception ex)
        {
            // A background run has nobody to throw to: the page shows what the command line would print.
            job.Fail(RunStatus.Failed, services.Redactor.Redact($"{ex.GetType().Name}: {ex.Message}") ?? string.Empty, services.TimeProvider.GetUtcNow());
        }
    }
}
