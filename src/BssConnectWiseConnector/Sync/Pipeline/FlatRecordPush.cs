using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>
/// The write of a flat record (a company, a contact, a catalog item): created whole, patched field by field against
/// the snapshot of what was last sent (or, when adopted, against what ConnectWise holds), only the managed fields.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TRemote">The ConnectWise record type, which is also what is sent.</typeparam>
internal abstract class FlatRecordPush<TRecord, TRemote> : NaturalKeyPush<TRecord, IReadOnlyList<PushItem<TRecord>>, TRemote, TRemote>
    where TRecord : BssRecord
    where TRemote : class
{
    /// <summary>Initializes a new instance of the <see cref="FlatRecordPush{TRecord, TRemote}"/> class.</summary>
    /// <param name="context">The session's module context.</param>
    protected FlatRecordPush(ModuleContext context)
        : base(context)
    {
    }

    /// <summary>Maps and checks one record before any write.</summary>
    /// <param name="item">The record and its operation.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The payload and natural key, or why the record cannot be sent.</returns>
    protected abstract Task<MappedRecord<TRemote>> MapAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Creates the remote record.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created record.</returns>
    protected abstract Task<TRemote> CreateAsync(TRemote payload, CancellationToken cancellationToken);

    /// <summary>
    /// Applies what a PATCH cannot, after a linked record's fields were patched (or found equal): such as company
    /// types, which ConnectWise changes only through type associations.
    /// </summary>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="before">What was last sent, if known.</param>
    /// <param name="after">What is sent now.</param>
    /// <param name="options">The push options (a dry run only reports).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The changes made (or, in a dry run, that would be).</returns>
    protected virtual Task<IReadOnlyList<FieldChange>> AfterPatchAsync(int remoteId, JObject? before, JObject after, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FieldChange>>([]);

    /// <summary>Resolves what the batch refers to; a flat record's batch is its items (dependencies are prefetched here, through the session's resolver).</summary>
    /// <param name="items">The batch.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The batch.</returns>
    protected override Task<IReadOnlyList<PushItem<TRecord>>> ResolveReferencesAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(items);

    /// <inheritdoc />
    protected sealed override Task<MappedRecord<TRemote>> MapAsync(PushItem<TRecord> item, IntegrationLink? link, IReadOnlyList<PushItem<TRecord>> references, PushOptions options, CancellationToken cancellationToken) =>
        MapAsync(item, link, options, cancellationToken);

    /// <inheritdoc />
    protected sealed override Task<TRemote> CreateRemoteAsync(TRemote payload, CancellationToken cancellationToken) =>
        CreateAsync(payload, cancellationToken);

    /// <inheritdoc />
    protected sealed override async Task<PushResult?> UpdateLinkedAsync(KeyedPlan<TRecord, TRemote> plan, int remoteId, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var before = PayloadSnapshot.Parse(plan.Link?.Snapshot);
        var (operations, changes) = PatchDiff.Compute(before, plan.Snapshot.Json, ManagedFields);
        if (operations.Count > 0 && !options.DryRun)
        {
            try
            {
                await PatchAsync(remoteId, operations, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectWiseNotFoundException)
            {
                return await ForgetAsync(plan, options, cancellationToken).ConfigureAwait(false);
            }
        }

        var extra = await AfterPatchAsync(remoteId, before, plan.Snapshot.Json, options, cancellationToken).ConfigureAwait(false);
        if (!options.DryRun)
        {
            await SaveLinkAsync(plan, plan.Link!.RemoteId, null, cancellationToken).ConfigureAwait(false);
        }

        var all = changes.Concat(extra).ToArray();
        return Result(plan.Item, all.Length > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, plan.Link!.RemoteId, changes: all);
    }

    /// <inheritdoc />
    protected sealed override async Task<IReadOnlyList<FieldChange>> WriteAdoptedAsync(KeyedPlan<TRecord, TRemote> plan, TRemote remote, int remoteId, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var current = JObject.FromObject(remote, ConnectWiseJson.Serializer);
        var (operations, changes) = PatchDiff.Compute(current, plan.Snapshot.Json, ManagedFields);
        if (operations.Count > 0 && !options.DryRun)
        {
            await PatchAsync(remoteId, operations, cancellationToken).ConfigureAwait(false);
        }

        return changes;
    }

    /// <inheritdoc />
    protected sealed override Task<IReadOnlyList<FieldChange>> PlannedCreateAsync(KeyedPlan<TRecord, TRemote> plan, CancellationToken cancellationToken) =>
        Task.FromResult(PatchDiff.Compute(null, plan?.Snapshot.Json ?? [], ManagedFields).Changes);

    /// <inheritdoc />
    protected sealed override async Task<PushResult> CompleteCreateAsync(KeyedPlan<TRecord, TRemote> plan, int remoteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var id = remoteId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SaveLinkAsync(plan, id, null, cancellationToken).ConfigureAwait(false);
        return Result(plan.Item, PushOutcome.Created, id);
    }
}
