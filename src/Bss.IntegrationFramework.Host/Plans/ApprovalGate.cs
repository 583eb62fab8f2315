using System.Globalization;
using Bss.IntegrationFramework.Host.Storage;
using Bss.IntegrationFramework.Host.Sync;

namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>
/// Holds back, before a real push of a module that bills, the changes the instance's approval mode says must wait:
/// the module's records are first pushed as a dry run (the same push, writing nothing), the money impact is summed
/// per customer, and the changes of customers the mode holds are saved as a plan and reported Waiting instead of
/// written. Waiting is not a failure: the record is not retried with a delay, and the next run plans it again.
/// </summary>
internal static class ApprovalGate
{
    /// <summary>Finds the records whose changes wait, and saves them as a plan.</summary>
    /// <typeparam name="TRecord">The BSS record type.</typeparam>
    /// <param name="scope">The run.</param>
    /// <param name="module">The module.</param>
    /// <param name="handler">The module's push.</param>
    /// <param name="records">The records the run would push (not those held for retry or quarantined).</param>
    /// <param name="tally">The module's counters (the dry run's requests are counted, and a note says what waits).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The Waiting result of each held record, by BSS id; empty when nothing waits.</returns>
    public static async Task<IReadOnlyDictionary<string, RunResultRecord>> HoldAsync<TRecord>(
        RunScope scope, string module, IPushModule<TRecord> handler, IReadOnlyList<TRecord> records, ModuleTally tally, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(tally);
        if (scope.Request.DryRun || scope.Request.Approved || module != BssModules.Subscriptions || records.Count == 0)
        {
            return new Dictionary<string, RunResultRecord>();
        }

        var store = new PlanStore(scope.Services.Database);
        var policy = await store.GetPolicyAsync(scope.Runtime.Instance.Id, cancellationToken).ConfigureAwait(false);
        if (policy.Mode == ApprovalMode.Auto)
        {
            return new Dictionary<string, RunResultRecord>();
        }

        var planned = new List<RunResultRecord>();
        var before = scope.Session.RequestCount;
        try
        {
            foreach (var batch in records.Chunk(Math.Max(1, scope.Request.BatchSize)))
            {
                var links = await scope.Runtime.Links.GetManyAsync(module, [.. batch.Select(r => r.Id)], cancellationToken).ConfigureAwait(false);
                var items = batch.Select(r => new PushItem<TRecord>(r, links.ContainsKey(r.Id) ? SyncOperation.Update : SyncOperation.Create)).ToArray();
                var results = await handler.PushAsync(items, new PushOptions { DryRun = true }, cancellationToken).ConfigureAwait(false);
                planned.AddRange(results.Zip(items, (result, item) => new RunResultRecord
                {
                    RunId = scope.RunId,
                    Module = module,
                    BssId = item.Record.Id,
                    Operation = result.Operation.ToString(),
                    Outcome = result.Outcome.ToString(),
                    At = scope.Services.TimeProvider.GetUtcNow(),
                    Billing = result.Billing,
                    RecordHash = result.Billing is null ? null : RecordHash.Of(item.Record),
                }));
            }
        }
        finally
        {
            tally.Requests += scope.Session.RequestCount - before;
        }

        var billed = await PlanItems.FromResultsAsync(scope.Services.Records, planned, cancellationToken).ConfigureAwait(false);
        var waiting = billed
            .GroupBy(i => i.Billing.CustomerId, StringComparer.Ordinal)
            .Where(g => policy.Waits(g.Sum(i => Math.Abs(i.Billing.MonthlyRevenueChange))))
            .SelectMany(g => g)
            .ToList();
        if (waiting.Count == 0)
        {
            return new Dictionary<string, RunResultRecord>();
        }

        var planId = await store.SaveAsync(scope.Runtime.Instance.Id, scope.RunId, PlanOrigins.Held, waiting, cancellationToken).ConfigureAwait(false);
        var name = scope.Runtime.Instance.Name;
        tally.Note = string.Create(CultureInfo.InvariantCulture, $"{Wording.Count(waiting.Count, "change")} wait for approval in plan {planId} (approval mode {policy.Describe()})");
        var now = scope.Services.TimeProvider.GetUtcNow();
        return waiting.ToDictionary(
            i => i.BssId,
            i => new RunResultRecord
            {
                RunId = scope.RunId,
                Module = module,
                BssId = i.BssId,
                Operation = "None",
                Outcome = RecordOutcomes.Waiting,
                Reason = string.Create(CultureInfo.InvariantCulture,
                    $"Waits for approval (approval mode {policy.Describe()}): {PlanText.Money(i.Billing.MonthlyRevenueChange)} a month for {i.CustomerName ?? i.Billing.CustomerId}. {i.Billing.Reason} Run 'approve {name} {planId}' or 'reject {name} {planId}', or use the Plan page."),
                At = now,
                Billing = i.Billing,
                RecordHash = i.RecordHash,
            },
            StringComparer.Ordinal);
    }
}
