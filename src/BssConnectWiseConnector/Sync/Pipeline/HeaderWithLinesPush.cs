using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
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
/// (<see cref="DocumentBatch"/>), missing accounts pushed first. What is particular to a module is its
/// <see cref="IHeaderWithLinesDefinition{TRecord, THeader}"/>, which the module's registration composes with this
/// engine; the engine is read once for every document push.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="THeader">The ConnectWise header type.</typeparam>
internal sealed class HeaderWithLinesPush<TRecord, THeader> : NaturalKeyPush<TRecord, DocumentBatch, DocumentPayload<THeader>, THeader>
    where TRecord : BssRecord
    where THeader : class
{
    private readonly IHeaderWithLinesDefinition<TRecord, THeader> _definition;
    private readonly IResourceClient<ProcurementProduct> _lineClient;
    private readonly LineReconciler _lines;
    private readonly IDependencyResolver<Account> _accounts;

    /// <summary>Initializes a new instance of the <see cref="HeaderWithLinesPush{TRecord, THeader}"/> class.</summary>
    /// <param name="definition">What is particular to the module's push.</param>
    /// <param name="context">The session's module context.</param>
    public HeaderWithLinesPush(IHeaderWithLinesDefinition<TRecord, THeader> definition, ModuleContext context)
        : base(context)
    {
        _definition = definition ?? throw new ArgumentNullException(nameof(definition));
        _lineClient = context.Client.ProcurementProducts;
        _lines = new LineReconciler(_lineClient, definition.LineParent + "/id", definition.LineFields);
        _accounts = context.Dependency<Account>(BssModules.Accounts, "account");
    }

    /// <inheritdoc />
    protected override string Module => _definition.Module;

    /// <inheritdoc />
    protected override string Entity => _definition.Entity;

    /// <inheritdoc />
    protected override string RemoteName => _definition.RemoteName;

    /// <inheritdoc />
    protected override IReadOnlyList<string> ManagedFields => _definition.ManagedFields;

    /// <inheritdoc />
    protected override Task<DocumentBatch> ResolveReferencesAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var records = items.Where(i => i.Operation != SyncOperation.Delete && !string.IsNullOrWhiteSpace(i.Record.Id)).Select(i => i.Record).ToArray();
        return DocumentBatchLoader.LoadAsync(
            Context.Links,
            Context.Records,
            records.Select(_definition.AccountIdOf).ToArray(),
            records.Select(_definition.ContactIdOf).OfType<string>().ToArray(),
            records.SelectMany(_definition.ProductIdsOf).ToArray(),
            _accounts,
            options,
            cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task<MappedRecord<DocumentPayload<THeader>>> MapAsync(PushItem<TRecord> item, IntegrationLink? link, DocumentBatch references, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(references);
        var company = references.Company(_definition.AccountIdOf(item.Record));
        if (company.FailureKind is { } companyKind)
        {
            return MappedRecord<DocumentPayload<THeader>>.Failed(companyKind, company.Reason ?? $"The {Entity}'s account is not linked.");
        }

        // Without an id, the account is one a dry run would push first (Pending): the document is planned against it.
        return await _definition.MapAsync(item.Record, company.RemoteId ?? 0, references, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override Task<IReadOnlyList<THeader>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        _definition.Headers.FindInAsync(_definition.NaturalKeyField, naturalKeys.Cast<object>().ToArray(), cancellationToken: cancellationToken);

    /// <inheritdoc />
    protected override string? NaturalKeyOf(THeader remote) => _definition.NaturalKeyOf(remote);

    /// <inheritdoc />
    protected override int? IdOf(THeader remote) => _definition.IdOf(remote);

    /// <inheritdoc />
    protected override Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken) =>
        _definition.Headers.PatchAsync(id, operations, cancellationToken);

    /// <inheritdoc />
    protected override Task<string?> RefusalAsync(THeader current, CancellationToken cancellationToken) =>
        _definition.RefusalAsync(current, cancellationToken);

    /// <inheritdoc />
    protected override Task<string?> RefusalAsync(THeader current, TRecord record, DocumentPayload<THeader> desired, CancellationToken cancellationToken) =>
        _definition.RefusalAsync(current, record, desired, cancellationToken);

    /// <inheritdoc />
    protected override Task<THeader> CreateRemoteAsync(DocumentPayload<THeader> payload, CancellationToken cancellationToken) =>
        _definition.Headers.CreateAsync(payload?.Header ?? throw new ArgumentNullException(nameof(payload)), cancellationToken);

    /// <inheritdoc />
    protected override async Task<PushResult?> UpdateLinkedAsync(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, int remoteId, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var linkedId = plan.Link!.RemoteId;
        if (_definition.ReadsBeforeUpdate)
        {
            var current = await _definition.Headers.GetAsync(remoteId, cancellationToken).ConfigureAwait(false);
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
            : await _lines.ReconcileAsync(remoteId, Attached(plan, remoteId), knownEmpty: false, options.DryRun, cancellationToken).ConfigureAwait(false);
        if (!options.DryRun)
        {
            await SaveLinkAsync(plan, linkedId, null, cancellationToken).ConfigureAwait(false);
        }

        var all = changes.Concat(lineChanges).ToArray();
        return Result(plan.Item, all.Length > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, linkedId, changes: all);
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<FieldChange>> WriteAdoptedAsync(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, THeader remote, int remoteId, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var current = JObject.FromObject(remote, ConnectWiseJson.Serializer);
        var (operations, changes) = PatchDiff.Compute(current, Header(plan), ManagedFields);
        if (operations.Count > 0 && !options.DryRun)
        {
            await PatchAsync(remoteId, operations, cancellationToken).ConfigureAwait(false);
        }

        var lineChanges = await _lines.ReconcileAsync(remoteId, Attached(plan, remoteId), knownEmpty: false, options.DryRun, cancellationToken).ConfigureAwait(false);
        return changes.Concat(lineChanges).ToArray();
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<FieldChange>> PlannedCreateAsync(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var planned = await _lines.ReconcileAsync(0, plan.Payload.Lines ?? [], knownEmpty: true, dryRun: true, cancellationToken).ConfigureAwait(false);
        return PatchDiff.Compute(null, Header(plan), ManagedFields).Changes.Concat(planned).ToArray();
    }

    /// <inheritdoc />
    protected override async Task<PushResult> CompleteCreateAsync(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, int remoteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var id = remoteId.ToString(CultureInfo.InvariantCulture);

        // Linked before its lines go out, with a snapshot without lines: if a line fails, the next run reconciles them.
        await SaveLinkAsync(plan, id, PayloadSnapshot.Of(plan.Payload with { Lines = null }), cancellationToken).ConfigureAwait(false);
        try
        {
            await _lines.ReconcileAsync(remoteId, Attached(plan, remoteId), knownEmpty: true, dryRun: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            return Failed(plan.Item, kind, $"The {RemoteName} #{id} was created but not all its lines: {reason} The next run completes them.", id);
        }

        await SaveLinkAsync(plan, id, null, cancellationToken).ConfigureAwait(false);
        return Result(plan.Item, PushOutcome.Created, id);
    }

    /// <inheritdoc />
    protected override async Task<PushResult> DeleteAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(options);
        if (!_definition.Deletes)
        {
            return await base.DeleteAsync(item, link, options, cancellationToken).ConfigureAwait(false);
        }

        if (link is null || !int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return Result(item, PushOutcome.Skipped, null, $"The {Entity} was never pushed, so there is no {RemoteName} to delete.");
        }

        // The lines go first: a procurement product left without its document would still show in procurement.
        var lines = await _lines.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        if (!options.DryRun)
        {
            foreach (var lineId in lines.Select(l => l.Id).OfType<int>())
            {
                await DeleteIfThereAsync(token => _lineClient.DeleteAsync(lineId, token), cancellationToken).ConfigureAwait(false);
            }

            await DeleteIfThereAsync(token => _definition.Headers.DeleteAsync(id, token), cancellationToken).ConfigureAwait(false);
            await Context.Links.RemoveAsync(Module, item.Record.Id, cancellationToken).ConfigureAwait(false);
        }

        return Result(item, PushOutcome.Updated, link.RemoteId,
            string.Create(CultureInfo.InvariantCulture, $"Deleted in the BSS: {RemoteName} #{id} and its {lines.Count} {(lines.Count == 1 ? "line is" : "lines are")} deleted in ConnectWise."),
            [new FieldChange(_definition.LineParent, link.RemoteId, null)]);
    }

    private static async Task DeleteIfThereAsync(Func<CancellationToken, Task> delete, CancellationToken cancellationToken)
    {
        try
        {
            await delete(cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseNotFoundException)
        {
            // Already gone, which is what was asked.
        }
    }

    private static JObject Header(KeyedPlan<TRecord, DocumentPayload<THeader>> plan) => (JObject)plan.Snapshot.Json["header"]!;

    private ProcurementProduct[] Attached(KeyedPlan<TRecord, DocumentPayload<THeader>> plan, int documentId) =>
        (plan.Payload.Lines ?? []).Select(l => _definition.Attach(l, documentId)).ToArray();
}
