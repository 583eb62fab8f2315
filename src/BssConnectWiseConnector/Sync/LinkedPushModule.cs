using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// The push every module with a natural key shares, so that no record is ever duplicated or lost:
/// <list type="number">
/// <item>a linked record whose payload hash is unchanged is Unchanged and costs no request;</item>
/// <item>a linked record that changed is patched, field by field, against what was last sent;</item>
/// <item>unlinked records are looked up by natural key for the whole batch at once, and adopted when found
/// (unless another BSS record's link owns the match: a Conflict);</item>
/// <item>only then is a record created; a create answered <c>ObjectExists</c> or a redirect is resolved by looking
/// the natural key up again and adopting what is there.</item>
/// </list>
/// Each record fails alone with a kind and reason; independent records go out concurrently within the instance's limits.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TRemote">The ConnectWise record type.</typeparam>
internal abstract class LinkedPushModule<TRecord, TRemote> : IPushModule<TRecord>
    where TRecord : BssRecord
    where TRemote : class
{
    /// <summary>Initializes a new instance of the <see cref="LinkedPushModule{TRecord, TRemote}"/> class.</summary>
    /// <param name="context">The session's shared context.</param>
    protected LinkedPushModule(SyncModuleContext context)
    {
        Context = context ?? throw new ArgumentNullException(nameof(context));
        Logger = context.LoggerFactory.CreateLogger(GetType());
    }

    /// <summary>Gets the session's shared context.</summary>
    protected SyncModuleContext Context { get; }

    /// <summary>Gets the logger.</summary>
    protected ILogger Logger { get; }

    /// <summary>Gets the module's name.</summary>
    protected abstract string Module { get; }

    /// <summary>Gets the ConnectWise fields the connector owns on the record; others are never touched by a PATCH.</summary>
    protected abstract IReadOnlyList<string> ManagedFields { get; }

    /// <summary>Gets how the report names the remote record, such as "company".</summary>
    protected abstract string RemoteName { get; }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushResult>> PushAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var results = new PushResult[items.Count];
        await PrepareAsync(items, options, cancellationToken).ConfigureAwait(false);
        var ids = items.Select(i => i.Record.Id).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        var links = await Context.Links.GetManyAsync(Module, ids, cancellationToken).ConfigureAwait(false);
        var plans = await PlanAsync(items, links, options, results, cancellationToken).ConfigureAwait(false);

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

    /// <summary>Prepares a batch before any record is mapped, such as pushing the batch's missing dependencies at once.</summary>
    /// <param name="items">The batch.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when the batch is prepared.</returns>
    protected virtual Task PrepareAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Fingerprints what a record's payload is made of using local data only (the BSS record, lookup ids, settings,
    /// dependency links), so an unchanged record is recognised without mapping it, and so without reading any setup
    /// table. Return <see langword="null"/> to compare the mapped payload's hash instead.
    /// </summary>
    /// <param name="item">The record.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The fingerprint, or <see langword="null"/>.</returns>
    protected virtual Task<string?> FingerprintAsync(PushItem<TRecord> item, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);

    /// <summary>Maps and checks one record before any write.</summary>
    /// <param name="item">The record and its operation.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The payload and natural key, or why the record cannot be sent.</returns>
    protected abstract Task<MappedRecord<TRemote>> MapAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Finds remote records by natural key, for the whole batch at once.</summary>
    /// <param name="naturalKeys">The keys.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The records found.</returns>
    protected abstract Task<IReadOnlyList<TRemote>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken);

    /// <summary>Reads a remote record's natural key.</summary>
    /// <param name="remote">The record.</param>
    /// <returns>The key.</returns>
    protected abstract string? NaturalKeyOf(TRemote remote);

    /// <summary>Reads every natural key a remote record can be matched by (a contact by each e-mail address and by name).</summary>
    /// <param name="remote">The record.</param>
    /// <returns>The keys; by default the one <see cref="NaturalKeyOf"/> gives.</returns>
    protected virtual IEnumerable<string> NaturalKeysOf(TRemote remote) =>
        NaturalKeyOf(remote) is { } key ? [key] : [];

    /// <summary>Reads a remote record's id.</summary>
    /// <param name="remote">The record.</param>
    /// <returns>The id.</returns>
    protected abstract int? IdOf(TRemote remote);

    /// <summary>Creates the remote record.</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created record.</returns>
    protected abstract Task<TRemote> CreateAsync(TRemote payload, CancellationToken cancellationToken);

    /// <summary>Patches the remote record.</summary>
    /// <param name="id">The remote id.</param>
    /// <param name="operations">The operations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when ConnectWise accepted the change.</returns>
    protected abstract Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken);

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

    /// <summary>Handles a deleted BSS record. By default it is skipped with a reason.</summary>
    /// <param name="item">The record.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    protected virtual Task<PushResult> DeleteAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Result(item, PushOutcome.Skipped, link?.RemoteId, $"Deleting is not supported for {Module}; the {RemoteName} is left in ConnectWise."));

    /// <summary>Compares natural keys; ConnectWise compares identifiers without regard to case.</summary>
    /// <returns>The comparer.</returns>
    protected virtual StringComparer NaturalKeyComparer => StringComparer.OrdinalIgnoreCase;

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

    /// <summary>Saves the link of a record to what was sent.</summary>
    /// <param name="bssId">The BSS id.</param>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="snapshot">What was sent.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the link is durable.</returns>
    protected Task SaveLinkAsync(string bssId, string remoteId, PayloadSnapshot snapshot, CancellationToken cancellationToken) =>
        SaveLinkAsync(bssId, remoteId, snapshot, snapshot?.Hash, cancellationToken);

    /// <summary>Saves the link of a record to what was sent, under a fingerprint.</summary>
    /// <param name="bssId">The BSS id.</param>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="snapshot">What was sent.</param>
    /// <param name="hash">The fingerprint or payload hash to compare next time.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the link is durable.</returns>
    protected Task SaveLinkAsync(string bssId, string remoteId, PayloadSnapshot snapshot, string? hash, CancellationToken cancellationToken) =>
        Context.Links.SaveAsync(new IntegrationLink(Module, bssId, remoteId, hash, Context.Time.GetUtcNow(), snapshot?.Text), cancellationToken);

    private async Task<List<Plan>> PlanAsync(IReadOnlyList<PushItem<TRecord>> items, IReadOnlyDictionary<string, IntegrationLink> links, PushOptions options, PushResult[] results, CancellationToken cancellationToken)
    {
        var plans = new List<Plan>(items.Count);
        var keys = new Dictionary<string, string>(NaturalKeyComparer);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            if (string.IsNullOrWhiteSpace(item.Record.Id))
            {
                results[index] = PushResult.Failed(Module, string.Empty, item.Operation, FailureKind.Data, "The record has no BSS id.");
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

                var fingerprint = await FingerprintAsync(item, cancellationToken).ConfigureAwait(false);
                if (fingerprint is not null && link is not null && link.PayloadHash == fingerprint)
                {
                    results[index] = Result(item, PushOutcome.Unchanged, link.RemoteId);
                    continue;
                }

                var mapped = await MapAsync(item, link, options, cancellationToken).ConfigureAwait(false);
                if (mapped.Payload is null || mapped.NaturalKey is null)
                {
                    results[index] = PushResult.Failed(Module, item.Record.Id, item.Operation, mapped.FailureKind ?? FailureKind.Data, mapped.Reason ?? "The record cannot be mapped.", link?.RemoteId);
                    continue;
                }

                if (keys.TryGetValue(mapped.NaturalKey, out var other))
                {
                    results[index] = PushResult.Failed(Module, item.Record.Id, item.Operation, FailureKind.Data,
                        $"'{mapped.NaturalKey}' is also the key of BSS record {other} in this batch; ConnectWise keeps one {RemoteName} per key, so change one of them.", link?.RemoteId);
                    continue;
                }

                keys[mapped.NaturalKey] = item.Record.Id;
                var snapshot = PayloadSnapshot.Of(mapped.Payload);
                var hash = fingerprint ?? snapshot.Hash;
                if (link is not null && link.PayloadHash == hash)
                {
                    results[index] = Result(item, PushOutcome.Unchanged, link.RemoteId);
                    continue;
                }

                plans.Add(new Plan(index, item, mapped.Payload, mapped.NaturalKey, snapshot, hash, link));
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var (kind, reason) = PushFailureClassifier.Classify(e);
                results[index] = PushResult.Failed(Module, item.Record.Id, item.Operation, kind, reason, link?.RemoteId);
            }
        }

        return plans;
    }

    private async Task<Dictionary<string, TRemote>> FindUnlinkedAsync(List<Plan> plans, PushResult[] results, CancellationToken cancellationToken)
    {
        var existing = new Dictionary<string, TRemote>(NaturalKeyComparer);
        var unlinked = plans.Where(p => p.Link is null).Select(p => p.NaturalKey).ToArray();
        if (unlinked.Length == 0)
        {
            return existing;
        }

        try
        {
            foreach (var remote in await FindByNaturalKeysAsync(unlinked, cancellationToken).ConfigureAwait(false))
            {
                foreach (var key in NaturalKeysOf(remote))
                {
                    existing.TryAdd(key, remote);
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Without the lookup a create could duplicate a record: fail the unlinked ones, keep the rest.
            var (kind, reason) = PushFailureClassifier.Classify(e);
            foreach (var plan in plans.Where(p => p.Link is null))
            {
                results[plan.Index] = PushResult.Failed(Module, plan.Item.Record.Id, plan.Item.Operation, kind, $"Could not look up the existing ConnectWise records ({RemoteName}) before creating: {reason}");
            }
        }

        return existing;
    }

    private async Task<PushResult> PushOneAsync(Plan plan, Dictionary<string, TRemote> existing, PushOptions options, CancellationToken cancellationToken)
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

                // The linked record is gone from ConnectWise: find it by its key, or create it again.
                existing = new Dictionary<string, TRemote>(NaturalKeyComparer);
                foreach (var found in await FindByNaturalKeysAsync([plan.NaturalKey], cancellationToken).ConfigureAwait(false))
                {
                    foreach (var key in NaturalKeysOf(found))
                    {
                        existing.TryAdd(key, found);
                    }
                }
            }

            if (existing.TryGetValue(plan.NaturalKey, out var remote))
            {
                return await AdoptAsync(plan, remote, options, cancellationToken).ConfigureAwait(false);
            }

            return await CreateOrAdoptAsync(plan, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            Logger.LogWarning("{Module} record {BssId} failed ({Kind}): {Reason}", Module, plan.Item.Record.Id, kind, reason);
            return PushResult.Failed(Module, plan.Item.Record.Id, plan.Item.Operation, kind, reason, plan.Link?.RemoteId);
        }
    }

    private async Task<PushResult?> UpdateLinkedAsync(Plan plan, int remoteId, IntegrationLink link, PushOptions options, CancellationToken cancellationToken)
    {
        var before = PayloadSnapshot.Parse(link.Snapshot);
        var (operations, changes) = PatchDiff.Compute(before, plan.Snapshot.Json, ManagedFields);
        if (operations.Count > 0 && !options.DryRun)
        {
            try
            {
                await PatchAsync(remoteId, operations, cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectWiseNotFoundException)
            {
                await Context.Links.RemoveAsync(Module, plan.Item.Record.Id, cancellationToken).ConfigureAwait(false);
                return null;
            }
        }

        var extra = await AfterPatchAsync(remoteId, before, plan.Snapshot.Json, options, cancellationToken).ConfigureAwait(false);
        if (!options.DryRun)
        {
            await SaveLinkAsync(plan.Item.Record.Id, link.RemoteId, plan.Snapshot, plan.Hash, cancellationToken).ConfigureAwait(false);
        }

        var all = changes.Concat(extra).ToArray();
        return Result(plan.Item, all.Length > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, link.RemoteId, changes: all);
    }

    private async Task<PushResult> AdoptAsync(Plan plan, TRemote remote, PushOptions options, CancellationToken cancellationToken)
    {
        var remoteId = IdOf(remote)?.ToString(CultureInfo.InvariantCulture)
            ?? throw new ConnectWiseApiException($"ConnectWise answered a {RemoteName} without its id.");
        var owner = await Context.Links.FindByRemoteIdAsync(Module, remoteId, cancellationToken).ConfigureAwait(false);
        if (owner is not null && owner.BssId != plan.Item.Record.Id)
        {
            return PushResult.Failed(Module, plan.Item.Record.Id, plan.Item.Operation, FailureKind.Conflict,
                $"'{plan.NaturalKey}' belongs to ConnectWise {RemoteName} #{remoteId}, which is linked to BSS record {owner.BssId}; change this record's key, or unlink the other one.");
        }

        var current = JObject.FromObject(remote, ConnectWiseJson.Serializer);
        var (operations, changes) = PatchDiff.Compute(current, plan.Snapshot.Json, ManagedFields);
        if (!options.DryRun)
        {
            if (operations.Count > 0)
            {
                await PatchAsync(IdOf(remote)!.Value, operations, cancellationToken).ConfigureAwait(false);
            }

            await SaveLinkAsync(plan.Item.Record.Id, remoteId, plan.Snapshot, plan.Hash, cancellationToken).ConfigureAwait(false);
        }

        return Result(plan.Item, operations.Count > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, remoteId,
            $"Adopted the existing ConnectWise {RemoteName} #{remoteId} with the key '{plan.NaturalKey}' instead of creating a duplicate.", changes);
    }

    private async Task<PushResult> CreateOrAdoptAsync(Plan plan, PushOptions options, CancellationToken cancellationToken)
    {
        if (options.DryRun)
        {
            return Result(plan.Item, PushOutcome.Created, null, changes: PatchDiff.Compute(null, plan.Snapshot.Json, ManagedFields).Changes);
        }

        TRemote created;
        try
        {
            created = await CreateAsync(plan.Payload, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseApiException e) when (e.IsObjectExists || e.Code == "Redirect")
        {
            // Another writer, or our own POST whose answer was lost, created it: adopt it rather than fail or duplicate.
            var found = await FindByNaturalKeysAsync([plan.NaturalKey], cancellationToken).ConfigureAwait(false);
            var match = found.FirstOrDefault(r => NaturalKeysOf(r).Contains(plan.NaturalKey, NaturalKeyComparer));
            if (match is not null)
            {
                return await AdoptAsync(plan, match, options, cancellationToken).ConfigureAwait(false);
            }

            throw;
        }

        var remoteId = IdOf(created)?.ToString(CultureInfo.InvariantCulture)
            ?? throw new ConnectWiseApiException($"ConnectWise created the {RemoteName} but answered without its id.");
        await SaveLinkAsync(plan.Item.Record.Id, remoteId, plan.Snapshot, plan.Hash, cancellationToken).ConfigureAwait(false);
        return Result(plan.Item, PushOutcome.Created, remoteId);
    }

    private sealed record Plan(int Index, PushItem<TRecord> Item, TRemote Payload, string NaturalKey, PayloadSnapshot Snapshot, string Hash, IntegrationLink? Link);
}
