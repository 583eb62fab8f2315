using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Dependencies;
using BssConnectWiseConnector.Sync.Documents;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>
/// The write of a header with lines (sales orders, invoices): the snapshot covers header and lines, the header is
/// patched against what was last sent, and the lines are reconciled with what ConnectWise holds whenever they changed
/// (<see cref="LineReconciler"/>). A new header is linked before its lines go out, so a run cut short is completed,
/// never duplicated, by the next. The accounts, contacts and products of the batch are resolved once
/// (<see cref="DocumentBatch"/>), missing accounts pushed first.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="THeader">The ConnectWise header type.</typeparam>
internal abstract class HeaderWithLinesPush<TRecord, THeader> : NaturalKeyPush<TRecord, DocumentBatch, DocumentPayload<THeader>, THeader>
    where TRecord : BssRecord
    where THeader : class
{
    private readonly DependencyResolver<Account> _accounts;

    /// <summary>Initializes a new instance of the <see cref="HeaderWithLinesPush{TRecord, THeader}"/> class.</summary>
    /// <param name="context">The session's module context.</param>
    /// <param name="accounts">Gets the Accounts push handler, to push a missing account first.</param>
    protected HeaderWithLinesPush(ModuleContext context, Func<IPushModule<Account>?> accounts)
        : base(context)
    {
        _accounts = new DependencyResolver<Account>(context, BssModules.Accounts, "account", accounts);
    }

    /// <summary>Gets the reconciler of the document's lines.</summary>
    protected abstract LineReconciler Lines { get; }

    /// <summary>Gets a value indicating whether a linked document is read before it is changed, to see whether ConnectWise still allows edits.</summary>
    protected virtual bool ReadsBeforeUpdate => false;

    /// <summary>Reads the BSS account id of a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The account id.</returns>
    protected abstract string AccountIdOf(TRecord record);

    /// <summary>Reads the BSS contact id of a record, if it has one.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The contact id.</returns>
    protected virtual string? ContactIdOf(TRecord record) => null;

    /// <summary>Reads the BSS product ids of a record's lines.</summary>
    /// <param name="record">The record.</param>
    /// <returns>The product ids.</returns>
    protected abstract IEnumerable<string> ProductIdsOf(TRecord record);

    /// <summary>Reads a remote header.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The header, or <see langword="null"/> when it is gone.</returns>
    protected abstract Task<THeader?> GetAsync(int id, CancellationToken cancellationToken);

    /// <summary>Creates the remote header.</summary>
    /// <param name="header">The header.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created header.</returns>
    protected abstract Task<THeader> CreateAsync(THeader header, CancellationToken cancellationToken);

    /// <summary>Attaches a line to its document.</summary>
    /// <param name="line">The line.</param>
    /// <param name="documentId">The document's id.</param>
    /// <returns>The attached line.</returns>
    protected abstract ProcurementProduct Attach(ProcurementProduct line, int documentId);

    /// <inheritdoc />
    protected sealed override Task<DocumentBatch> ResolveReferencesAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var records = items.Where(i => i.Operation != SyncOperation.Delete && !string.IsNullOrWhiteSpace(i.Record.Id)).Select(i => i.Record).ToArray();
        return DocumentBatch.LoadAsync(
            Context,
            records.Select(AccountIdOf).ToArray(),
            records.Select(ContactIdOf).OfType<string>().ToArray(),
            records.SelectMany(ProductIdsOf).ToArray(),
            _accounts,
            options,
            cancellationToken);
    }

    /// <inheritdoc />
    protected sealed override Task<THeader> CreateRemoteAsync(DocumentPayload<THeader> payload, CancellationToken cancellationToken) =>
        CreateAsync(payload?.Header ?? throw new ArgumentNullException(nameof(payload)), cancellationToken);

    /// <inheritdoc />
    protected sealed override async Task<PushResult?> UpdateLinkedAsync(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, int remoteId, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var linkedId = plan.Link!.RemoteId;
        if (ReadsBeforeUpdate)
        {
            var current = await GetAsync(remoteId, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return await ForgetAsync(plan, options, cancellationToken).ConfigureAwait(false);
            }

            if (await RefusalAsync(current, plan.Item.Record, plan.Payload, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                return Failed(plan.Item, FailureKind.Conflict, refusal, linkedId);
            }
        }

        var before = PayloadSnapshot.Parse(plan.Link.Snapshot);
        var (operations, changes) = PatchDiff.Compute(before?["header"] as JObject, Header(plan), ManagedFields);
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

        var lineChanges = JToken.DeepEquals(before?["lines"], plan.Snapshot.Json["lines"])
            ? []
            : await Lines.ReconcileAsync(remoteId, Attached(plan, remoteId), knownEmpty: false, options.DryRun, cancellationToken).ConfigureAwait(false);
        if (!options.DryRun)
        {
            await SaveLinkAsync(plan, linkedId, null, cancellationToken).ConfigureAwait(false);
        }

        var all = changes.Concat(lineChanges).ToArray();
        return Result(plan.Item, all.Length > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, linkedId, changes: all);
    }

    /// <inheritdoc />
    protected sealed override async Task<IReadOnlyList<FieldChange>> WriteAdoptedAsync(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, THeader remote, int remoteId, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var current = JObject.FromObject(remote, ConnectWiseJson.Serializer);
        var (operations, changes) = PatchDiff.Compute(current, Header(plan), ManagedFields);
        if (operations.Count > 0 && !options.DryRun)
        {
            await PatchAsync(remoteId, operations, cancellationToken).ConfigureAwait(false);
        }

        var lineChanges = await Lines.ReconcileAsync(remoteId, Attached(plan, remoteId), knownEmpty: false, options.DryRun, cancellationToken).ConfigureAwait(false);
        return changes.Concat(lineChanges).ToArray();
    }

    /// <inheritdoc />
    protected sealed override async Task<IReadOnlyList<FieldChange>> PlannedCreateAsync(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var planned = await Lines.ReconcileAsync(0, plan.Payload.Lines ?? [], knownEmpty: true, dryRun: true, cancellationToken).ConfigureAwait(false);
        return PatchDiff.Compute(null, Header(plan), ManagedFields).Changes.Concat(planned).ToArray();
    }

    /// <inheritdoc />
    protected sealed override async Task<PushResult> CompleteCreateAsync(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, int remoteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var id = remoteId.ToString(CultureInfo.InvariantCulture);

        // Linked before its lines go out, with a snapshot without lines: if a line fails, the next run reconciles them.
        await SaveLinkAsync(plan, id, PayloadSnapshot.Of(plan.Payload with { Lines = null }), cancellationToken).ConfigureAwait(false);
        try
        {
            await Lines.ReconcileAsync(remoteId, Attached(plan, remoteId), knownEmpty: true, dryRun: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            return Failed(plan.Item, kind, $"The {RemoteName} #{id} was created but not all its lines: {reason} The next run completes them.", id);
        }

        await SaveLinkAsync(plan, id, null, cancellationToken).ConfigureAwait(false);
        return Result(plan.Item, PushOutcome.Created, id);
    }

    private static JObject Header(KeyedPlan<TRecord, DocumentPayload<THeader>> plan) => (JObject)plan.Snapshot.Json["header"]!;

    private ProcurementProduct[] Attached(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, int documentId) =>
        (plan.Payload.Lines ?? []).Select(l => Attach(l, documentId)).ToArray();
}
