using System.Globalization;
using System.Text.Json;
using Bss.IntegrationFramework.Host.Bss;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>The saved money plans of instances and their approval setting.</summary>
/// <param name="database">The store.</param>
internal sealed class PlanStore(HostDatabase database)
{
    /// <summary>Saves a new plan and marks the instance's earlier pending plans superseded (one plan holds a change at a time).</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="runId">The run it was computed in.</param>
    /// <param name="origin"><c>plan</c> or <c>held</c>.</param>
    /// <param name="items">The changes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan id.</returns>
    public async Task<long> SaveAsync(long instanceId, long? runId, string origin, IReadOnlyList<PlanItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var transaction = await StoreTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var now = database.Now();
            await transaction.Connection.ExecuteAsync(
                "UPDATE plans SET status = $superseded, decided_at = $at WHERE instance_id = $id AND status IN ($pending, $partly);",
                cancellationToken,
                transaction.Transaction,
                ("$superseded", PlanStatus.Superseded),
                ("$pending", PlanStatus.Pending),
                ("$partly", PlanStatus.PartlyDecided),
                ("$at", now),
                ("$id", instanceId)).ConfigureAwait(false);
            using var insert = transaction.Connection.Command(
                "INSERT INTO plans (instance_id, run_id, origin, status, created_at) VALUES ($id, $run, $origin, $status, $at) RETURNING id;",
                transaction.Transaction,
                ("$id", instanceId),
                ("$run", runId),
                ("$origin", origin),
                ("$status", PlanStatus.Pending),
                ("$at", now));
            var id = (long)(await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            foreach (var item in items)
            {
                await transaction.Connection.ExecuteAsync(
                    "INSERT INTO plan_items (plan_id, module, bss_id, customer_id, customer_name, record_hash, outcome, billing, status) VALUES ($plan, $module, $bss, $customer, $name, $hash, $outcome, $billing, $status);",
                    cancellationToken,
                    transaction.Transaction,
                    ("$plan", id),
                    ("$module", item.Module),
                    ("$bss", item.BssId),
                    ("$customer", item.Billing.CustomerId),
                    ("$name", item.CustomerName),
                    ("$hash", item.RecordHash),
                    ("$outcome", item.Outcome),
                    ("$billing", JsonSerializer.Serialize(item.Billing, BssJson.Options)),
                    ("$status", item.Status)).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return id;
        }
    }

    /// <summary>Gets a plan of an instance with its items.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="HostException">The instance has no such plan.</exception>
    public async Task<SavedPlan> GetAsync(long instanceId, long planId, CancellationToken cancellationToken)
    {
        var plans = await ListAsync(instanceId, planId, cancellationToken).ConfigureAwait(false);
        return plans.Count == 1 ? plans[0] : throw new HostException(string.Create(CultureInfo.InvariantCulture, $"The instance has no plan {planId}; 'plans NAME' lists them."));
    }

    /// <summary>Lists an instance's plans, newest first, with their items.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plans.</returns>
    public Task<IReadOnlyList<SavedPlan>> ListAsync(long instanceId, CancellationToken cancellationToken) => ListAsync(instanceId, null, cancellationToken);

    /// <summary>Gets the instance's newest plan that still waits, if any.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan, or <see langword="null"/>.</returns>
    public async Task<SavedPlan?> GetPendingAsync(long instanceId, CancellationToken cancellationToken) =>
        (await ListAsync(instanceId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(p => p.Status is PlanStatus.Pending or PlanStatus.PartlyDecided);

    /// <summary>Sets the state of items of a plan, and the plan's state from its items.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="planId">The plan.</param>
    /// <param name="statuses">The new state of each item, by module and BSS id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan as it is now.</returns>
    public async Task<SavedPlan> DecideAsync(long instanceId, long planId, IReadOnlyDictionary<(string Module, string BssId), string> statuses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var plan = await GetAsync(instanceId, planId, cancellationToken).ConfigureAwait(false);
        var items = plan.Items.Select(i => statuses.TryGetValue((i.Module, i.BssId), out var status) ? i with { Status = status } : i).ToList();
        var planStatus = items.Any(i => i.Status == PlanStatus.Pending)
            ? PlanStatus.PartlyDecided
            : items.Any(i => i.Status is PlanStatus.Applied or PlanStatus.Failed) ? PlanStatus.Approved : PlanStatus.Rejected;
        var transaction = await StoreTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            foreach (var ((module, bssId), status) in statuses)
            {
                await transaction.Connection.ExecuteAsync(
                    "UPDATE plan_items SET status = $status WHERE plan_id = $plan AND module = $module AND bss_id = $bss;",
                    cancellationToken,
                    transaction.Transaction,
                    ("$status", status),
                    ("$plan", planId),
                    ("$module", module),
                    ("$bss", bssId)).ConfigureAwait(false);
            }

            await transaction.Connection.ExecuteAsync(
                "UPDATE plans SET status = $status, decided_at = $at WHERE id = $plan AND instance_id = $id;",
                cancellationToken,
                transaction.Transaction,
                ("$status", planStatus),
                ("$at", database.Now()),
                ("$plan", planId),
                ("$id", instanceId)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return plan with { Status = planStatus, DecidedAt = database.TimeProvider.GetUtcNow(), Items = items };
    }

    /// <summary>Gets an instance's approval setting.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The setting; <see cref="ApprovalPolicy.Default"/> when never set.</returns>
    public async Task<ApprovalPolicy> GetPolicyAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT mode, threshold FROM approval_settings WHERE instance_id = $id;",
                r => (r.GetString(0), r.GetNullableString(1)),
                cancellationToken,
                ("$id", instanceId)).ConfigureAwait(false);
            return rows.Count == 0 ? ApprovalPolicy.Default : ApprovalPolicy.Parse(rows[0].Item1, rows[0].Item2).Policy ?? ApprovalPolicy.Default;
        }
    }

    /// <summary>Sets an instance's approval setting.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="policy">The setting.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    public async Task SetPolicyAsync(long instanceId, ApprovalPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "INSERT INTO approval_settings (instance_id, mode, threshold) VALUES ($id, $mode, $threshold) ON CONFLICT (instance_id) DO UPDATE SET mode = excluded.mode, threshold = excluded.threshold;",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$mode", policy.Mode.ToString()),
                ("$threshold", policy.Threshold?.ToString(CultureInfo.InvariantCulture))).ConfigureAwait(false);
        }
    }

    private async Task<IReadOnlyList<SavedPlan>> ListAsync(long instanceId, long? planId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var plans = await connection.QueryAsync(
                "SELECT id, run_id, origin, status, created_at, decided_at FROM plans WHERE instance_id = $id AND ($plan IS NULL OR id = $plan) ORDER BY id DESC;",
                r => new SavedPlan
                {
                    Id = r.GetInt64(0),
                    InstanceId = instanceId,
                    RunId = r.IsDBNull(1) ? null : r.GetInt64(1),
                    Origin = r.GetString(2),
                    Status = r.GetString(3),
                    CreatedAt = HostDatabase.Parse(r.GetString(4)),
                    DecidedAt = r.IsDBNull(5) ? null : HostDatabase.Parse(r.GetString(5)),
                },
                cancellationToken,
                ("$id", instanceId),
                ("$plan", planId)).ConfigureAwait(false);
            var items = await connection.QueryAsync(
                "SELECT i.plan_id, i.module, i.bss_id, i.customer_name, i.record_hash, i.outcome, i.billing, i.status FROM plan_items i JOIN plans p ON p.id = i.plan_id " +
                "WHERE p.instance_id = $id AND ($plan IS NULL OR p.id = $plan) ORDER BY i.customer_id, i.module, i.bss_id;",
                r => (Plan: r.GetInt64(0), Item: new PlanItem
                {
                    Module = r.GetString(1),
                    BssId = r.GetString(2),
                    CustomerName = r.GetNullableString(3),
                    RecordHash = r.GetString(4),
                    Outcome = r.GetString(5),
                    Billing = JsonSerializer.Deserialize<BillingImpact>(r.GetString(6), BssJson.Options)!,
                    Status = r.GetString(7),
                }),
                cancellationToken,
                ("$id", instanceId),
                ("$plan", planId)).ConfigureAwait(false);
            var byPlan = items.ToLookup(i => i.Plan, i => i.Item);
            return [.. plans.Select(p => p with { Items = [.. byPlan[p.Id]] })];
        }
    }
}
