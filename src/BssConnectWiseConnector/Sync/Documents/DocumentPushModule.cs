using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Models;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Documents;

/// <summary>
/// The push of a document with lines (sales orders, invoices). It keeps the promises of
/// <see cref="LinkedPushModule{TRecord, TRemote}"/> (unchanged at no request, field-level PATCH, one natural-key
/// lookup per batch, adoption, conflict, ObjectExists/redirect recovery), which has no hook for lines: here the
/// snapshot covers header and lines, the header is patched against what was last sent, and the lines are reconciled
/// with what ConnectWise holds whenever they changed. The accounts the documents belong to are pushed first, once per
/// batch, when they are not linked yet.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="THeader">The ConnectWise header type.</typeparam>
internal abstract class DocumentPushModule<TRecord, THeader> : IPushModule<TRecord>
    where TRecord : BssRecord
    where THeader : class
{
    private readonly Func<IPushModule<Account>?> _accounts;

    /// <summary>Initializes a new instance of the <see cref="DocumentPushModule{TRecord, THeader}"/> class.</summary>
    /// <param name="context">The session's shared context.</param>
    /// <param name="accounts">Gets the Accounts push handler, to push a missing account first.</param>
    protected DocumentPushModule(SyncModuleContext context, Func<IPushModule<Account>?> accounts)
    {
        Context = context ?? throw new ArgumentNullException(nameof(context));
        _accounts = accounts;
        Logger = context.LoggerFactory.CreateLogger(GetType());
    }

    /// <summary>Gets the session's shared context.</summary>
    protected SyncModuleContext Context { get; }

    /// <summary>Gets the logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>Gets the module's name.</summary>
    protected abstract string Module { get; }

    /// <summary>Gets how reasons name the BSS record, such as "order".</summary>
    protected abstract string Entity { get; }

    /// <summary>Gets how reasons name the remote record, such as "sales order".</summary>
    protected abstract string RemoteName { get; }

    /// <summary>Gets the header fields the connector owns; others are never touched.</summary>
    protected abstract IReadOnlyList<string> HeaderFields { get; }

    /// <summary>Gets the reconciler of the document's lines.</summary>
    protected abstract LineReconciler Lines { get; }

    /// <summary>Gets a value indicating whether a linked document is read before it is changed, to see whether ConnectWise still allows edits.</summary>
    protected virtual bool ReadsBeforeUpdate => false;

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushResult>> PushAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var results = new PushResult[items.Count];
        var ids = items.Select(i => i.Record.Id).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        var links = await Context.Links.GetManyAsync(Module, ids, cancellationToken).ConfigureAwait(false);
        var batch = await PrepareAsync(items, options, cancellationToken).ConfigureAwait(false);
        var plans = await PlanAsync(items, links, batch, options, results, cancellationToken).ConfigureAwait(false);

        var existing = await FindUnlinkedAsync(plans, results, cancellationToken).ConfigureAwait(false);
        plans = plans.Where(p => results[p.Index] is null).ToList();
        var done = 0;
        await Parallel.ForEachAsync(
            plans,
            new ParallelOptions { MaxDegreeOfParallelism = Context.MaxConcurrency, CancellationToken = cancellationToken },
            async (plan, token) =>
            {
                results[plan.Index] = await PushOneAsync(plan, existing, options, token).ConfigureAwait(false);
                Context.Progress?.Report(new SyncProgress(Module, Interlocked.Increment(ref done), plans.Count));
            }).ConfigureAwait(false);
        return results;
    }

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

    /// <summary>Maps and checks one record before any write.</summary>
    /// <param name="record">The record.</param>
    /// <param name="batch">The batch's resolved references.</param>
    /// <returns>The payload and natural key, or why the record cannot be sent.</returns>
    protected abstract MappedRecord<DocumentPayload<THeader>> Map(TRecord record, DocumentBatch batch);

    /// <summary>Finds remote headers by natural key, for the whole batch at once.</summary>
    /// <param name="naturalKeys">The keys.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The headers found.</returns>
    protected abstract Task<IReadOnlyList<THeader>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken);

    /// <summary>Reads a remote header's natural key.</summary>
    /// <param name="remote">The header.</param>
    /// <returns>The key.</returns>
    protected abstract string? NaturalKeyOf(THeader remote);

    /// <summary>Reads a remote header's id.</summary>
    /// <param name="remote">The header.</param>
    /// <returns>The id.</returns>
    protected abstract int? IdOf(THeader remote);

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

    /// <summary>Patches the remote header.</summary>
    /// <param name="id">The id.</param>
    /// <param name="operations">The operations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when ConnectWise accepted the change.</returns>
    protected abstract Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken);

    /// <summary>Attaches a line to its document.</summary>
    /// <param name="line">The line.</param>
    /// <param name="documentId">The document's id.</param>
    /// <returns>The attached line.</returns>
    protected abstract ProcurementProduct Attach(ProcurementProduct line, int documentId);

    /// <summary>Tells why a remote document must not be changed (an invoice ConnectWise has closed), if it must not.</summary>
    /// <param name="current">The remote header as ConnectWise holds it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reason, or <see langword="null"/> when edits are allowed.</returns>
    protected virtual Task<string?> RefusalAsync(THeader current, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>
    /// Tells why a remote document must not get the BSS record's change, knowing what the header would become (an
    /// invoice whose type or company changed, which ConnectWise cannot change); by default the check without it.
    /// </summary>
    /// <param name="current">The remote header as ConnectWise holds it.</param>
    /// <param name="record">The BSS record.</param>
    /// <param name="desired">The header the record maps to.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reason, or <see langword="null"/> when the change may be sent.</returns>
    protected virtual Task<string?> RefusalAsync(THeader current, TRecord record, THeader desired, CancellationToken cancellationToken) =>
        RefusalAsync(current, cancellationToken);

    /// <summary>Handles a deleted BSS record. By default it is skipped with a reason.</summary>
    /// <param name="item">The record.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    protected virtual Task<PushResult> DeleteAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Result(item, PushOutcome.Skipped, link?.RemoteId, $"Deleting is not supported for {Module}; the {RemoteName} is left in ConnectWise."));

    /// <summary>Builds a result.</summary>
    /// <param name="item">The record.</param>
    /// <param name="outcome">What happened.</param>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="reason">Why, when worth saying.</param>
    /// <param name="changes">The fields changed.</param>
    /// <returns>The result.</returns>
    protected PushResult Result(PushItem<TRecord> item, PushOutcome outcome, string? remoteId, string? reason = null, IReadOnlyList<FieldChange>? changes = null) =>
        new()
        {
            Module = Module,
            BssId = item?.Record.Id ?? string.Empty,
            Operation = item?.Operation ?? SyncOperation.Update,
            Outcome = outcome,
            RemoteId = remoteId,
            Reason = reason,
            Changes = changes ?? [],
        };

    /// <summary>Builds a failed result.</summary>
    /// <param name="item">The record.</param>
    /// <param name="kind">The failure kind.</param>
    /// <param name="reason">Why, with the fix.</param>
    /// <param name="remoteId">The remote id, if linked.</param>
    /// <returns>The result.</returns>
    protected PushResult Failed(PushItem<TRecord> item, FailureKind kind, string reason, string? remoteId = null) =>
        PushResult.Failed(Module, item?.Record.Id ?? string.Empty, item?.Operation ?? SyncOperation.Update, kind, reason, remoteId);

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<DocumentBatch> PrepareAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken)
    {
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

    private async Task<List<Plan>> PlanAsync(IReadOnlyList<PushItem<TRecord>> items, IReadOnlyDictionary<string, IntegrationLink> links, DocumentBatch batch, PushOptions options, PushResult[] results, CancellationToken cancellationToken)
    {
        var plans = new List<Plan>(items.Count);
        var keys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (string.IsNullOrWhiteSpace(item.Record.Id))
            {
                results[index] = Failed(item, FailureKind.Data, "The record has no BSS id.");
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

                var mapped = Map(item.Record, batch);
                if (mapped.Payload is null || mapped.NaturalKey is null)
                {
                    results[index] = Failed(item, mapped.FailureKind ?? FailureKind.Data, mapped.Reason ?? "The record cannot be mapped.", link?.RemoteId);
                    continue;
                }

                if (keys.TryGetValue(mapped.NaturalKey, out var other))
                {
                    results[index] = Failed(item, FailureKind.Data,
                        $"'{mapped.NaturalKey}' is also the key of BSS {Entity} {other} in this batch; ConnectWise would hold one {RemoteName} for both, so change one of them.", link?.RemoteId);
                    continue;
                }

                keys[mapped.NaturalKey] = item.Record.Id;
                var snapshot = PayloadSnapshot.Of(mapped.Payload);
                if (link is not null && link.PayloadHash == snapshot.Hash)
                {
                    results[index] = Result(item, PushOutcome.Unchanged, link.RemoteId);
                    continue;
                }

                plans.Add(new Plan(index, item, mapped.Payload, mapped.NaturalKey, snapshot, link));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var (kind, reason) = PushFailureClassifier.Classify(e);
                results[index] = Failed(item, kind, reason, link?.RemoteId);
            }
        }

        return plans;
    }

    private async Task<Dictionary<string, THeader>> FindUnlinkedAsync(List<Plan> plans, PushResult[] results, CancellationToken cancellationToken)
    {
        var unlinked = plans.Where(p => p.Link is null).Select(p => p.NaturalKey).ToArray();
        if (unlinked.Length == 0)
        {
            return new Dictionary<string, THeader>(StringComparer.OrdinalIgnoreCase);
        }

        try
        {
            return ByKey(await FindByNaturalKeysAsync(unlinked, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Without the lookup a create could duplicate a document: fail the unlinked ones, keep the rest.
            var (kind, reason) = PushFailureClassifier.Classify(e);
            foreach (var plan in plans.Where(p => p.Link is null))
            {
                results[plan.Index] = Failed(plan.Item, kind, $"Could not look up existing {RemoteName}s before creating: {reason}");
            }

            return new Dictionary<string, THeader>(StringComparer.OrdinalIgnoreCase);
        }
    }

    private Dictionary<string, THeader> ByKey(IEnumerable<THeader> found)
    {
        var byKey = new Dictionary<string, THeader>(StringComparer.OrdinalIgnoreCase);
        foreach (var remote in found)
        {
            if (NaturalKeyOf(remote) is { } key)
            {
                byKey.TryAdd(key, remote);
            }
        }

        return byKey;
    }

    private async Task<PushResult> PushOneAsync(Plan plan, Dictionary<string, THeader> existing, PushOptions options, CancellationToken cancellationToken)
    {
        try
        {
            if (plan.Link is { } link && int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var linkedId))
            {
                var updated = await UpdateLinkedAsync(plan, linkedId, link, options, cancellationToken).ConfigureAwait(false);
                if (updated is not null)
                {
                    return updated;
                }

                // The linked document is gone from ConnectWise: find it by its key, or create it again.
                existing = ByKey(await FindByNaturalKeysAsync([plan.NaturalKey], cancellationToken).ConfigureAwait(false));
            }

            return existing.TryGetValue(plan.NaturalKey, out var remote)
                ? await AdoptAsync(plan, remote, options, cancellationToken).ConfigureAwait(false)
                : await CreateOrAdoptAsync(plan, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            Logger.LogWarning("{Module} record {BssId} failed ({Kind}): {Reason}", Module, plan.Item.Record.Id, kind, reason);
            return Failed(plan.Item, kind, reason, plan.Link?.RemoteId);
        }
    }

    private async Task<PushResult?> UpdateLinkedAsync(Plan plan, int remoteId, IntegrationLink link, PushOptions options, CancellationToken cancellationToken)
    {
        if (ReadsBeforeUpdate)
        {
            var current = await GetAsync(remoteId, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return await ForgetAsync(plan, options, cancellationToken).ConfigureAwait(false);
            }

            if (await RefusalAsync(current, plan.Item.Record, plan.Payload.Header, cancellationToken).ConfigureAwait(false) is { } refusal)
            {
                return Failed(plan.Item, FailureKind.Conflict, refusal, link.RemoteId);
            }
        }

        var before = PayloadSnapshot.Parse(link.Snapshot);
        var (operations, changes) = PatchDiff.Compute(before?["header"] as JObject, Header(plan), HeaderFields);
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
            await SaveLinkAsync(plan, link.RemoteId, plan.Snapshot, cancellationToken).ConfigureAwait(false);
        }

        var all = changes.Concat(lineChanges).ToArray();
        return Result(plan.Item, all.Length > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, link.RemoteId, changes: all);
    }

    private async Task<PushResult?> ForgetAsync(Plan plan, PushOptions options, CancellationToken cancellationToken)
    {
        if (!options.DryRun)
        {
            await Context.Links.RemoveAsync(Module, plan.Item.Record.Id, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    private async Task<PushResult> AdoptAsync(Plan plan, THeader remote, PushOptions options, CancellationToken cancellationToken)
    {
        var id = IdOf(remote) ?? throw new ConnectWiseApiException($"ConnectWise answered a {RemoteName} without its id.");
        var remoteId = Text(id);
        var owner = await Context.Links.FindByRemoteIdAsync(Module, remoteId, cancellationToken).ConfigureAwait(false);
        if (owner is not null && owner.BssId != plan.Item.Record.Id)
        {
            return Failed(plan.Item, FailureKind.Conflict,
                $"'{plan.NaturalKey}' belongs to ConnectWise {RemoteName} #{remoteId}, which is linked to BSS {Entity} {owner.BssId}; change this {Entity}'s key, or unlink the other one.");
        }

        if (await RefusalAsync(remote, plan.Item.Record, plan.Payload.Header, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return Failed(plan.Item, FailureKind.Conflict, refusal, remoteId);
        }

        var current = JObject.FromObject(remote, ConnectWiseJson.Serializer);
        var (operations, changes) = PatchDiff.Compute(current, Header(plan), HeaderFields);
        if (operations.Count > 0 && !options.DryRun)
        {
            await PatchAsync(id, operations, cancellationToken).ConfigureAwait(false);
        }

        var lineChanges = await Lines.ReconcileAsync(id, Attached(plan, id), knownEmpty: false, options.DryRun, cancellationToken).ConfigureAwait(false);
        if (!options.DryRun)
        {
            await SaveLinkAsync(plan, remoteId, plan.Snapshot, cancellationToken).ConfigureAwait(false);
        }

        var all = changes.Concat(lineChanges).ToArray();
        return Result(plan.Item, all.Length > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, remoteId,
            $"Adopted the existing ConnectWise {RemoteName} #{remoteId} with the key '{plan.NaturalKey}' instead of creating a duplicate.", all);
    }

    private async Task<PushResult> CreateOrAdoptAsync(Plan plan, PushOptions options, CancellationToken cancellationToken)
    {
        if (options.DryRun)
        {
            var planned = await Lines.ReconcileAsync(0, plan.Payload.Lines ?? [], knownEmpty: true, dryRun: true, cancellationToken).ConfigureAwait(false);
            return Result(plan.Item, PushOutcome.Created, null, changes: PatchDiff.Compute(null, Header(plan), HeaderFields).Changes.Concat(planned).ToArray());
        }

        THeader created;
        try
        {
            created = await CreateAsync(plan.Payload.Header, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseApiException e) when (e.IsObjectExists || e.Code == "Redirect")
        {
            // Another writer, or our own POST whose answer was lost, created it: adopt it rather than fail or duplicate.
            if (ByKey(await FindByNaturalKeysAsync([plan.NaturalKey], cancellationToken).ConfigureAwait(false)).TryGetValue(plan.NaturalKey, out var match))
            {
                return await AdoptAsync(plan, match, options, cancellationToken).ConfigureAwait(false);
            }

            throw;
        }

        var id = IdOf(created) ?? throw new ConnectWiseApiException($"ConnectWise created the {RemoteName} but answered without its id.");
        var remoteId = Text(id);

        // Linked before its lines go out, with a snapshot without lines: if a line fails, the next run reconciles them.
        await SaveLinkAsync(plan, remoteId, PayloadSnapshot.Of(plan.Payload with { Lines = null }), cancellationToken).ConfigureAwait(false);
        try
        {
            await Lines.ReconcileAsync(id, Attached(plan, id), knownEmpty: true, dryRun: false, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            return Failed(plan.Item, kind, $"The {RemoteName} #{remoteId} was created but not all its lines: {reason} The next run completes them.", remoteId);
        }

        await SaveLinkAsync(plan, remoteId, plan.Snapshot, cancellationToken).ConfigureAwait(false);
        return Result(plan.Item, PushOutcome.Created, remoteId);
    }

    private static JObject Header(Plan plan) => (JObject)plan.Snapshot.Json["header"]!;

    private ProcurementProduct[] Attached(Plan plan, int documentId) =>
        (plan.Payload.Lines ?? []).Select(l => Attach(l, documentId)).ToArray();

    private Task SaveLinkAsync(Plan plan, string remoteId, PayloadSnapshot snapshot, CancellationToken cancellationToken) =>
        Context.Links.SaveAsync(new IntegrationLink(Module, plan.Item.Record.Id, remoteId, snapshot.Hash, Context.Time.GetUtcNow(), snapshot.Text), cancellationToken);

    private sealed record Plan(int Index, PushItem<TRecord> Item, DocumentPayload<THeader> Payload, string NaturalKey, PayloadSnapshot Snapshot, IntegrationLink? Link);
}
