namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>
/// Runs an instance's sync at a fixed interval in the foreground: every enabled module in dependency order,
/// pushes before pulls, failed records retried with growing delays. Cancelling stops it cleanly: a run in
/// progress stops between batches and the next one resumes from the saved links and cursors.
/// </summary>
/// <param name="services">The host services.</param>
/// <param name="intervalWhileCallbacksHealthy">
/// The longer interval used while the instance's callbacks are healthy (<see cref="Callbacks.CallbackHealth"/>): polling
/// is then only the safety net. <see langword="null"/> keeps the one interval.
/// </param>
internal sealed class SyncScheduler(HostServices services, TimeSpan? intervalWhileCallbacksHealthy = null)
{
    /// <summary>Runs until cancelled or until <paramref name="maxRuns"/> runs are done.</summary>
    /// <param name="request">What each run does; retry delays are honoured.</param>
    /// <param name="interval">The time between the end of a run and the start of the next.</param>
    /// <param name="maxRuns">Stop after this many runs, or never when <see langword="null"/>.</param>
    /// <param name="progress">Where progress goes, if anywhere.</param>
    /// <param name="onRun">Told about every finished run.</param>
    /// <param name="onError">Told about every run that failed as a whole (the schedule goes on).</param>
    /// <param name="cancellationToken">Stops the schedule.</param>
    /// <returns>The number of runs started.</returns>
    public async Task<int> RunAsync(
        SyncRequest request,
        TimeSpan interval,
        int? maxRuns,
        IProgress<SyncProgress>? progress,
        Action<SyncRunResult> onRun,
        Action<string> onError,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(onRun);
        ArgumentNullException.ThrowIfNull(onError);
        var runner = new SyncRunner(services);
        var scheduled = request with { HonourRetryDelays = true };
        var runs = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            runs++;
            try
            {
                onRun(await runner.RunAsync(scheduled, progress, cancellationToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One bad run does not stop the schedule; the run is logged Failed with its reason.
                onError(ex is HostException or ConnectorConfigurationException ? ex.Message : $"{ex.GetType().Name}: {ex.Message}");
            }

            if (maxRuns is { } max && runs >= max)
            {
                break;
            }

            try
            {
                await Task.Delay(await NextIntervalAsync(request.InstanceName, interval, cancellationToken).ConfigureAwait(false), services.TimeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return runs;
    }

    /// <summary>The time until the next run: the longer interval while callbacks are healthy, else the normal one.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="interval">The normal interval.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The interval.</returns>
    public async Task<TimeSpan> NextIntervalAsync(string instanceName, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (intervalWhileCallbacksHealthy is not { } longer || await services.Instances.FindAsync(instanceName, cancellationToken).ConfigureAwait(false) is not { } instance)
        {
            return interval;
        }

        return await Callbacks.CallbackHealth.IsHealthyAsync(services, instance.Id, cancellationToken).ConfigureAwait(false) ? longer : interval;
    }
}
