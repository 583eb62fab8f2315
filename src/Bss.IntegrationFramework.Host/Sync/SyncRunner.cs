using Bss.IntegrationFramework.Host.Alerts;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Lookups;
using Bss.IntegrationFramework.Host.Storage;
using Microsoft.Extensions.Logging;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>
/// Runs a sync of one instance: opens a session, pushes then pulls the chosen modules in dependency order,
/// logs every record's result, and records the run's totals and the requests the connector sent.
/// </summary>
/// <param name="services">The host services.</param>
/// <param name="sharedConnector">A connector of the instance to reuse (the callbacks worker keeps one per instance), or <see langword="null"/>.</param>
internal sealed class SyncRunner(HostServices services, IConnector? sharedConnector = null)
{
    /// <summary>Runs a sync.</summary>
    /// <param name="request">What to run.</param>
    /// <param name="progress">Where progress goes, if anywhere.</param>
    /// <param name="cancellationToken">Stops the run between batches; what was done is kept.</param>
    /// <returns>What the run did.</returns>
    /// <exception cref="HostException">The instance or a module does not exist.</exception>
    /// <exception cref="ConnectorConfigurationException">The instance's settings cannot be used.</exception>
    public async Task<SyncRunResult> RunAsync(SyncRequest request, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var runtime = await InstanceRuntime.CreateAsync(services, request.InstanceName, progress, cancellationToken, sharedConnector).ConfigureAwait(false);
        await using (runtime.ConfigureAwait(false))
        {
            return await RunAsync(runtime, request, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<SyncRunResult> RunAsync(InstanceRuntime runtime, SyncRequest request, CancellationToken cancellationToken)
    {
        var modules = SelectModules(runtime.Connector.Manifest, request.Modules);
        var runId = await services.Runs.StartAsync(runtime.Instance.Id, request.DryRun, cancellationToken).ConfigureAwait(false);
        var locks = new RunLockStore(services.Database);
        try
        {
            await locks.AcquireAsync(runtime.Instance.Id, runId, cancellationToken).ConfigureAwait(false);
        }
        catch (HostException ex)
        {
            await services.Runs.FinishAsync(runId, RunStatus.Failed, 0, ex.Message, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        try
        {
            return await RunLockedAsync(runtime, request, modules, runId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await locks.ReleaseAsync(runtime.Instance.Id, runId, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<SyncRunResult> RunLockedAsync(InstanceRuntime runtime, SyncRequest request, List<string> modules, long runId, CancellationToken cancellationToken)
    {
        var stats = new List<ModuleRunStats>();
        long requests = 0;
        RunScope? scope = null;
        try
        {
            var session = await runtime.Connector.OpenSessionAsync(runtime.Context, cancellationToken).ConfigureAwait(false);
            await using (session.ConfigureAwait(false))
            {
                scope = new RunScope(services, runtime, session, request, runId);
                if (!request.DryRun)
                {
                    // So the unmapped-lookups check after the run reads counts, not every record a first pull wrote.
                    await new UnmappedLookupValues(services).KeepWhileEmptyAsync(runtime.Connector.Manifest, runtime.Context.Options, cancellationToken).ConfigureAwait(false);
                }

                // Pulls first: a pull merges what changed in ConnectWise into the BSS against the last agreed state
                // (deciding conflicts by the ownership settings), so the push after it sends only what the BSS still
                // has to give; pushing first would overwrite a ConnectWise edit before the pull could see it.
                foreach (var direction in new[] { SyncDirection.Pull, SyncDirection.Push }.Where(d => request.Direction.HasFlag(d)))
                {
                    foreach (var module in modules)
                    {
                        var moduleStats = direction == SyncDirection.Push
                            ? await ModulePusher.PushAsync(scope, module, null, cancellationToken).ConfigureAwait(false)
                            : await ModulePuller.PullAsync(scope, module, cancellationToken).ConfigureAwait(false);
                        stats.Add(moduleStats);
                        await services.Runs.SaveModuleAsync(runId, moduleStats, cancellationToken).ConfigureAwait(false);
                    }

                    if (direction == SyncDirection.Push && !request.DryRun && request.OnlyIds is null)
                    {
                        foreach (var (module, ids) in await BackReferences.FindAsync(scope, modules, cancellationToken).ConfigureAwait(false))
                        {
                            var moduleStats = await ModulePusher.PushAsync(scope, module, ids, cancellationToken).ConfigureAwait(false);
                            stats.Add(moduleStats);
                            await services.Runs.SaveModuleAsync(runId, moduleStats, cancellationToken).ConfigureAwait(false);
                        }
                    }
                }

                requests = session.RequestCount;
            }
        }
        catch (OperationCanceledException)
        {
            await services.Runs.FinishAsync(runId, RunStatus.Cancelled, scope?.Session.RequestCount ?? 0, "Stopped on request.", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        catch (Exception ex)
        {
            var message = services.Redactor.Redact(ex.Message);
            await services.Runs.FinishAsync(runId, RunStatus.Failed, scope?.Session.RequestCount ?? 0, message, CancellationToken.None).ConfigureAwait(false);
            if (!request.DryRun)
            {
                await ProcessAlertsAsync(new RunOutcome(runtime, runId, null, message), cancellationToken).ConfigureAwait(false);
            }

            throw;
        }

        var status = stats.Sum(s => s.Failed + s.Quarantined) > 0 ? RunStatus.CompletedWithFailures : RunStatus.Succeeded;
        await services.Runs.FinishAsync(runId, status, requests, null, cancellationToken).ConfigureAwait(false);
        var result = new SyncRunResult(runId, status, stats, scope?.Results ?? [], requests) { OmittedResults = scope?.OmittedResults ?? 0 };
        return request.DryRun ? result : result with { Alerts = await ProcessAlertsAsync(new RunOutcome(runtime, runId, result, null), cancellationToken).ConfigureAwait(false) };
    }

    private async Task<IReadOnlyList<AlertChange>> ProcessAlertsAsync(RunOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            return await new AlertEngine(services).ProcessRunAsync(outcome, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Alerts never change what a run did: a failure to judge or send them is logged, and the next run tries again.
            services.LoggerFactory.CreateLogger<SyncRunner>().LogWarning("Alerts of run {RunId} not judged: {Reason}", outcome.RunId, services.Redactor.Redact(ex.Message));
            return [];
        }
    }

    private static List<string> SelectModules(ConnectorManifest manifest, IReadOnlyList<string>? requested)
    {
        var available = BssModules.All
            .Where(m => manifest.Modules.Any(d => string.Equals(d.Name, m, StringComparison.OrdinalIgnoreCase)))
            .Concat(manifest.Modules.Select(d => d.Name).Where(n => !BssModules.All.Contains(n, StringComparer.OrdinalIgnoreCase)))
            .ToList();
        if (requested is null || requested.Count == 0)
        {
            return available;
        }

        var unknown = requested.Where(r => !available.Contains(r, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0)
        {
            throw new HostException($"The connector has no module {string.Join(", ", unknown)} (modules: {string.Join(", ", available)}).");
        }

        return [.. available.Where(a => requested.Contains(a, StringComparer.OrdinalIgnoreCase))];
    }
}
