using Bss.IntegrationFramework;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>
/// The one push every module runs, which keeps the promises of a push once:
/// <list type="number">
/// <item>the batch's links are read once;</item>
/// <item>what the batch refers to (accounts, invoices) is resolved once, before any record is planned;</item>
/// <item>each record is planned on its own (a deleted one handled, an unchanged one Unchanged at no request); a
/// record that cannot be planned fails alone, with a kind and a reason;</item>
/// <item>the plans are written within the instance's concurrency, each failure classified, progress reported per
/// record;</item>
/// <item>every item gets exactly one result, in the order of the batch; a dry run writes nothing.</item>
/// </list>
/// The kind of remote write is the subclass's: a flat record (<see cref="FlatRecordPush{TRecord, TRemote}"/>), a
/// header with lines (<see cref="HeaderWithLinesPush{TRecord, THeader}"/>), a payment ledger entry, an agreement
/// addition.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TBatch">What the batch's records refer to, resolved once per batch.</typeparam>
/// <typeparam name="TPlan">The plan of one record.</typeparam>
internal abstract class PushPipeline<TRecord, TBatch, TPlan> : IPushModule<TRecord>
    where TRecord : BssRecord
    where TPlan : PushPlan<TRecord>
{
    /// <summary>Initializes a new instance of the <see cref="PushPipeline{TRecord, TBatch, TPlan}"/> class.</summary>
    /// <param name="context">The session's module context.</param>
    protected PushPipeline(ModuleContext context)
    {
        Context = context ?? throw new ArgumentNullException(nameof(context));
        Logger = context.LoggerFactory.CreateLogger(GetType());
    }

    /// <summary>Gets the session's module context.</summary>
    protected ModuleContext Context { get; }

    /// <summary>Gets the logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>Gets the module's name.</summary>
    protected abstract string Module { get; }

    /// <summary>Gets a value indicating whether a BSS id twice in one batch fails its second occurrence.</summary>
    protected virtual bool RejectsRepeatedIds => false;

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushResult>> PushAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var results = new PushResult?[items.Count];
        var ids = items.Select(i => i.Record.Id).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        var links = await Context.Links.GetManyAsync(Module, ids, cancellationToken).ConfigureAwait(false);
        var batch = await PrepareAsync(items, options, cancellationToken).ConfigureAwait(false);
        var plans = new List<TPlan>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (string.IsNullOrWhiteSpace(item.Record.Id))
            {
                results[index] = Failed(item, FailureKind.Data, "The record has no BSS id.");
                continue;
            }

            if (!seen.Add(item.Record.Id) && RejectsRepeatedIds)
            {
                results[index] = Failed(item, FailureKind.Data, "The record is twice in the batch; only its first occurrence is pushed.");
                continue;
            }

            links.TryGetValue(item.Record.Id, out var link);
            try
            {
                if (item.Operation == SyncOperation.Delete)
                {
                    results[index] = await DeleteAsync(item, link, options, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var (plan, result) = await PlanAsync(index, item, link, batch, options, cancellationToken).ConfigureAwait(false);
                if (plan is not null)
                {
                    plans.Add(plan);
                }
                else
                {
                    results[index] = result ?? Failed(item, FailureKind.Data, "The record cannot be planned.", link?.RemoteId);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var (kind, reason) = PushFailureClassifier.Classify(e);
                results[index] = Failed(item, kind, reason, link?.RemoteId);
            }
        }

        if (plans.Count > 0)
        {
            await WriteAsync(plans, batch, options, new PushWriter<TRecord, TPlan>(Module, results, plans.Count, Context, Logger), cancellationToken).ConfigureAwait(false);
        }

        return results.Select((r, i) => r ?? Failed(items[i], FailureKind.Transient, "The record was not pushed; it is retried on the next run.")).ToArray();
    }

    /// <summary>Resolves once what the batch's records refer to, before any is planned (missing dependencies are pushed first here).</summary>
    /// <param name="items">The batch.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the batch refers to.</returns>
    protected abstract Task<TBatch> PrepareAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Plans one record: the write it needs, or its result when it needs none (unchanged, invalid, a conflict).</summary>
    /// <param name="index">Its place in the batch.</param>
    /// <param name="item">The record.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="batch">What the batch refers to.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plan, or the result.</returns>
    protected abstract Task<(TPlan? Plan, PushResult? Result)> PlanAsync(int index, PushItem<TRecord> item, IntegrationLink? link, TBatch batch, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Writes the plans through the writer, which records one result per plan.</summary>
    /// <param name="plans">The plans, in batch order.</param>
    /// <param name="batch">What the batch refers to.</param>
    /// <param name="options">The push options (a dry run writes nothing).</param>
    /// <param name="writer">Runs the writes, classifies failures, records results and progress.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when every plan has its result.</returns>
    protected abstract Task WriteAsync(IReadOnlyList<TPlan> plans, TBatch batch, PushOptions options, PushWriter<TRecord, TPlan> writer, CancellationToken cancellationToken);

    /// <summary>Handles a deleted BSS record. By default it is skipped with a reason.</summary>
    /// <param name="item">The record.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    protected virtual Task<PushResult> DeleteAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Result(item, PushOutcome.Skipped, link?.RemoteId, $"Deleting is not supported for {Module}; the record is left in ConnectWise."));

    /// <summary>Builds a result.</summary>
    /// <param name="item">The record.</param>
    /// <param name="outcome">What happened.</param>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="reason">Why, when worth saying.</param>
    /// <param name="changes">The fields changed.</param>
    /// <returns>The result.</returns>
    protected PushResult Result(PushItem<TRecord> item, PushOutcome outcome, string? remoteId, string? reason = null, IReadOnlyList<FieldChange>? changes = null) =>
        PushResults.Of(Module, item, outcome, remoteId, reason, changes);

    /// <summary>Builds a failed result.</summary>
    /// <param name="item">The record.</param>
    /// <param name="kind">The failure kind.</param>
    /// <param name="reason">Why, with the fix.</param>
    /// <param name="remoteId">The remote id, if linked.</param>
    /// <returns>The result.</returns>
    protected PushResult Failed(PushItem<TRecord> item, FailureKind kind, string reason, string? remoteId = null) =>
        PushResults.Failed(Module, item, kind, reason, remoteId);

    /// <summary>Saves the link of a record to what was sent.</summary>
    /// <param name="bssId">The BSS id.</param>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="snapshot">What was sent.</param>
    /// <param name="hash">The fingerprint or payload hash to compare next time.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the link is durable.</returns>
    protected Task SaveLinkAsync(string bssId, string remoteId, PayloadSnapshot snapshot, string? hash, CancellationToken cancellationToken) =>
        Context.Links.SaveAsync(new IntegrationLink(Module, bssId, remoteId, hash, Context.Time.GetUtcNow(), snapshot?.Text), cancellationToken);
}
