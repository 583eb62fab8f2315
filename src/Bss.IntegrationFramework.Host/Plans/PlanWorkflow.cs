using System.Globalization;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>
/// Computes, approves and rejects an instance's money plans. A plan is the push's own dry run with the money the
/// connector reports; approving one first runs the dry run again for its records and refuses when the BSS record or
/// what ConnectWise holds changed since, then pushes exactly those records.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class PlanWorkflow(HostServices services)
{
    private readonly PlanStore _store = new(services.Database);

    /// <summary>Computes and saves a plan: a dry run of the push, keeping the writes that change what customers are billed.</summary>
    /// <param name="request">The run (made a dry run of the push).</param>
    /// <param name="progress">Where progress goes, if anywhere.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The dry run and the saved plan, or no plan when nothing bills differently.</returns>
    public async Task<(SyncRunResult Run, SavedPlan? Plan)> ComputeAsync(SyncRequest request, IProgress<SyncProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var run = await new SyncRunner(services).RunAsync(request with { DryRun = true, Direction = SyncDirection.Push }, progress, cancellationToken).ConfigureAwait(false);
        var items = await PlanItems.FromResultsAsync(services.Records, run.Results, cancellationToken).ConfigureAwait(false);
        if (items.Count == 0)
        {
            return (run, null);
        }

        var instance = await services.Instances.GetAsync(request.InstanceName, cancellationToken).ConfigureAwait(false);
        var id = await _store.SaveAsync(instance.Id, run.RunId, PlanOrigins.Requested, items, cancellationToken).ConfigureAwait(false);
        return (run, await _store.GetAsync(instance.Id, id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Applies a plan, all of it or the chosen customers' changes.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="customers">BSS account ids or names of the customers to apply; empty for every pending change.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plan as it is now and the run that applied it.</returns>
    /// <exception cref="HostException">The plan cannot be approved, or its base changed (nothing is written then).</exception>
    public async Task<(SavedPlan Plan, SyncRunResult Run)> ApproveAsync(string instanceName, long planId, IReadOnlyCollection<string> customers, CancellationToken cancellationToken)
    {
        var (instance, plan, chosen) = await ChooseAsync(instanceName, planId, customers, cancellationToken).ConfigureAwait(false);
        var modules = chosen.Select(i => i.Module).Distinct(StringComparer.Ordinal).ToArray();
        var ids = chosen.Select(i => i.BssId).ToHashSet(StringComparer.Ordinal);
        var runner = new SyncRunner(services);
        var again = await runner.RunAsync(new SyncRequest { InstanceName = instance.Name, Modules = modules, DryRun = true, OnlyIds = ids, Approved = true }, null, cancellationToken).ConfigureAwait(false);
        var now = again.Results.ToLookup(r => (r.Module, r.BssId));
        var changed = chosen.Select(i => PlanBaseCheck.Difference(i, now[(i.Module, i.BssId)].LastOrDefault())).OfType<string>().ToList();
        if (changed.Count > 0)
        {
            throw new HostException(string.Create(CultureInfo.InvariantCulture,
                $"Plan {planId} is refused: what it was computed from changed since, so nothing was written. {string.Join(" ", changed)} Compute a new plan with 'sync {instance.Name} --plan'."));
        }

        var run = await runner.RunAsync(new SyncRequest { InstanceName = instance.Name, Modules = modules, OnlyIds = ids, Approved = true }, null, cancellationToken).ConfigureAwait(false);
        var results = run.Results.ToLookup(r => (r.Module, r.BssId));
        var statuses = chosen.ToDictionary(
            i => (i.Module, i.BssId),
            i => results[(i.Module, i.BssId)].LastOrDefault()?.Outcome is nameof(PushOutcome.Created) or nameof(PushOutcome.Updated) or nameof(PushOutcome.Unchanged)
                ? PlanStatus.Applied
                : PlanStatus.Failed);
        return (await _store.DecideAsync(instance.Id, plan.Id, statuses, cancellationToken).ConfigureAwait(false), run);
    }

    /// <summary>Discards a plan, all of it or the chosen customers' changes; nothing is written.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="customers">BSS account ids or names of the customers to reject; empty for every pending change.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plan as it is now.</returns>
    public async Task<SavedPlan> RejectAsync(string instanceName, long planId, IReadOnlyCollection<string> customers, CancellationToken cancellationToken)
    {
        var (instance, plan, chosen) = await ChooseAsync(instanceName, planId, customers, cancellationToken).ConfigureAwait(false);
        return await _store.DecideAsync(instance.Id, plan.Id, chosen.ToDictionary(i => (i.Module, i.BssId), _ => PlanStatus.Rejected), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a plan of an instance.</summary>
    /// <param name="instanceName">The instance.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plan.</returns>
    public async Task<SavedPlan> PeekAsync(string instanceName, long planId, CancellationToken cancellationToken)
    {
        var instance = await services.Instances.GetAsync(instanceName, cancellationToken).ConfigureAwait(false);
        return await _store.GetAsync(instance.Id, planId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(InstanceInfo Instance, SavedPlan Plan, IReadOnlyList<PlanItem> Chosen)> ChooseAsync(string instanceName, long planId, IReadOnlyCollection<string> customers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var instance = await services.Instances.GetAsync(instanceName, cancellationToken).ConfigureAwait(false);
        var plan = await _store.GetAsync(instance.Id, planId, cancellationToken).ConfigureAwait(false);
        if (plan.Status is not (PlanStatus.Pending or PlanStatus.PartlyDecided))
        {
            throw new HostException(string.Create(CultureInfo.InvariantCulture, $"Plan {planId} is {plan.Status}; only a pending plan can be approved or rejected ('plans {instance.Name}' lists them)."));
        }

        var pending = plan.PendingItems.ToList();
        if (customers.Count == 0)
        {
            return (instance, plan, pending);
        }

        var unknown = customers.Where(c => !pending.Any(i => Is(i, c))).ToList();
        if (unknown.Count > 0)
        {
            var known = string.Join(", ", pending.Select(i => i.CustomerName is null ? i.Billing.CustomerId : $"{i.CustomerName} ({i.Billing.CustomerId})").Distinct(StringComparer.Ordinal));
            throw new HostException($"Plan {planId} has no pending change of {string.Join(", ", unknown)} (customers waiting: {(known.Length == 0 ? "none" : known)}).");
        }

        return (instance, plan, [.. pending.Where(i => customers.Any(c => Is(i, c)))]);
    }

    private static bool Is(PlanItem item, string customer) =>
        string.Equals(item.Billing.CustomerId, customer, StringComparison.Ordinal)
        || string.Equals(item.CustomerName, customer, StringComparison.CurrentCultureIgnoreCase);
}
