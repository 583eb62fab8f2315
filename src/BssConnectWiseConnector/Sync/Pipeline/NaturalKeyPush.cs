using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>
/// The push of records ConnectWise knows by a natural key, so that none is ever duplicated or lost:
/// <list type="number">
/// <item>a linked record whose fingerprint (or payload hash) is unchanged is Unchanged and costs no request;</item>
/// <item>a linked record that changed is updated against what was last sent (the kind of write says how);</item>
/// <item>unlinked records are looked up by natural key for the whole batch at once, and adopted when found
/// (unless another BSS record's link owns the match: a Conflict);</item>
/// <item>only then is a record created (<see cref="CreateOrAdopt"/>: an <c>ObjectExists</c> or redirect answer
/// is resolved by looking the key up again and adopting what is there).</item>
/// </list>
/// Two records of a batch with one key fail; what to write is the subclass's: a flat record
/// (<see cref="FlatRecordPush{TRecord, TRemote}"/>) or a header with lines (<see cref="HeaderWithLinesPush{TRecord, THeader}"/>).
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TReferences">What the batch's records refer to, resolved once per batch.</typeparam>
/// <typeparam name="TPayload">What is sent.</typeparam>
/// <typeparam name="TRemote">The ConnectWise record the natural key finds.</typeparam>
internal abstract class NaturalKeyPush<TRecord, TReferences, TPayload, TRemote> : PushPipeline<TRecord, KeyedBatch<TReferences>, KeyedPlan<TRecord, TPayload>>
    where TRecord : BssRecord
    where TPayload : class
    where TRemote : class
{
    /// <summary>Initializes a new instance of the <see cref="NaturalKeyPush{TRecord, TReferences, TPayload, TRemote}"/> class.</summary>
    /// <param name="context">The session's module context.</param>
    protected NaturalKeyPush(ModuleContext context)
        : base(context)
    {
    }

    /// <summary>Gets how reasons name the BSS record, such as "order".</summary>
    protected virtual string Entity => "record";

    /// <summary>Gets how reasons name the remote record, such as "company".</summary>
    protected abstract string RemoteName { get; }

    /// <summary>Gets the ConnectWise fields the connector owns on the record; others are never touched by a PATCH.</summary>
    protected abstract IReadOnlyList<string> ManagedFields { get; }

    /// <summary>Compares natural keys; ConnectWise compares identifiers without regard to case.</summary>
    protected virtual StringComparer NaturalKeyComparer => StringComparer.OrdinalIgnoreCase;

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
    /// <param name="references">What the batch refers to.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The payload and natural key, or why the record cannot be sent.</returns>
    protected abstract Task<MappedRecord<TPayload>> MapAsync(PushItem<TRecord> item, IntegrationLink? link, TReferences references, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Resolves once what the batch's records refer to (missing dependencies are pushed first here).</summary>
    /// <param name="items">The batch.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>What the batch refers to.</returns>
    protected abstract Task<TReferences> ResolveReferencesAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken);

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

    /// <summary>Patches the remote record.</summary>
    /// <param name="id">The remote id.</param>
    /// <param name="operations">The operations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when ConnectWise accepted the change.</returns>
    protected abstract Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken);

    /// <summary>Tells why a remote record must not be changed (an invoice ConnectWise has closed), if it must not.</summary>
    /// <param name="current">The remote record as ConnectWise holds it.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reason, or <see langword="null"/> when edits are allowed.</returns>
    protected virtual Task<string?> RefusalAsync(TRemote current, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>
    /// Tells why a remote record must not get the BSS record's change, knowing what it would become (an invoice whose
    /// type or company changed, which ConnectWise cannot change); by default the check without it.
    /// </summary>
    /// <param name="current">The remote record as ConnectWise holds it.</param>
    /// <param name="record">The BSS record.</param>
    /// <param name="desired">What the record maps to.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The reason, or <see langword="null"/> when the change may be sent.</returns>
    protected virtual Task<string?> RefusalAsync(TRemote current, TRecord record, TPayload desired, CancellationToken cancellationToken) =>
        RefusalAsync(current, cancellationToken);

    /// <summary>Sends the create of a new record (the kind of write's).</summary>
    /// <param name="payload">What is sent.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created record.</returns>
    protected abstract Task<TRemote> CreateRemoteAsync(TPayload payload, CancellationToken cancellationToken);

    /// <summary>Updates a linked record against what was last sent (the kind of write's).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="remoteId">The linked id.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result, or <see langword="null"/> when the record is gone from ConnectWise (after <see cref="ForgetAsync"/>).</returns>
    protected abstract Task<PushResult?> UpdateLinkedAsync(KeyedPlan<TRecord, TPayload> plan, int remoteId, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Brings an adopted record to what is sent (the kind of write's); the link is saved after.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="remote">The record found by key.</param>
    /// <param name="remoteId">Its id.</param>
    /// <param name="options">The push options (a dry run only reports).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The changes made (or, in a dry run, that would be).</returns>
    protected abstract Task<IReadOnlyList<FieldChange>> WriteAdoptedAsync(KeyedPlan<TRecord, TPayload> plan, TRemote remote, int remoteId, PushOptions options, CancellationToken cancellationToken);

    /// <summary>Lists what a create would send, for a dry run.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The changes.</returns>
    protected abstract Task<IReadOnlyList<FieldChange>> PlannedCreateAsync(KeyedPlan<TRecord, TPayload> plan, CancellationToken cancellationToken);

    /// <summary>Completes a created record: links it (and sends what the create could not carry).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="remoteId">The created record's id.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    protected abstract Task<PushResult> CompleteCreateAsync(KeyedPlan<TRecord, TPayload> plan, int remoteId, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override Task<PushResult> DeleteAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Result(item, PushOutcome.Skipped, link?.RemoteId, $"Deleting is not supported for {Module}; the {RemoteName} is left in ConnectWise."));

    /// <inheritdoc />
    protected sealed override async Task<KeyedBatch<TReferences>> PrepareAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken) =>
        new(await ResolveReferencesAsync(items, options, cancellationToken).ConfigureAwait(false), NaturalKeyComparer);

    /// <inheritdoc />
    protected sealed override async Task<(KeyedPlan<TRecord, TPayload>? Plan, PushResult? Result)> PlanAsync(
        int index, PushItem<TRecord> item, IntegrationLink? link, KeyedBatch<TReferences> batch, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(batch);
        var fingerprint = await FingerprintAsync(item, cancellationToken).ConfigureAwait(false);
        if (fingerprint is not null && link is not null && link.PayloadHash == fingerprint)
        {
            return (null, Result(item, PushOutcome.Unchanged, link.RemoteId));
        }

        var mapped = await MapAsync(item, link, batch.References, options, cancellationToken).ConfigureAwait(false);
        if (mapped.Payload is null || mapped.NaturalKey is null)
        {
            return (null, Failed(item, mapped.FailureKind ?? FailureKind.Data, mapped.Reason ?? "The record cannot be mapped.", link?.RemoteId));
        }

        if (batch.Keys.TryGetValue(mapped.NaturalKey, out var other))
        {
            return (null, Failed(item, FailureKind.Data,
                $"'{mapped.NaturalKey}' is also the key of BSS {Entity} {other} in this batch; ConnectWise keeps one {RemoteName} per key, so change one of them.", link?.RemoteId));
        }

        batch.Keys[mapped.NaturalKey] = item.Record.Id;

        var snapshot = PayloadSnapshot.Of(mapped.Payload);
        var hash = fingerprint ?? snapshot.Hash;
        if (link is not null && link.PayloadHash == hash)
        {
            return (null, Result(item, PushOutcome.Unchanged, link.RemoteId));
        }

        return (new KeyedPlan<TRecord, TPayload>(index, item, link, mapped.Payload, mapped.NaturalKey, snapshot, hash), null);
    }

    /// <inheritdoc />
    protected sealed override async Task WriteAsync(IReadOnlyList<KeyedPlan<TRecord, TPayload>> plans, KeyedBatch<TReferences> batch, PushOptions options, PushWriter<TRecord, KeyedPlan<TRecord, TPayload>> writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(writer);
        var writing = plans.ToList();
        var existing = new Dictionary<string, TRemote>(NaturalKeyComparer);
        var unlinked = writing.Where(p => p.Link is null).ToArray();
        if (unlinked.Length > 0)
        {
            try
            {
                existing = await FindAsync(unlinked.Select(p => p.NaturalKey).ToArray(), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Without the lookup a create could duplicate a record: fail the unlinked ones, keep the rest.
                var (kind, reason) = PushFailureClassifier.Classify(e);
                foreach (var plan in unlinked)
                {
                    writer.Record(plan, Failed(plan.Item, kind, $"Could not look up the existing ConnectWise records ({RemoteName}) before creating: {reason}"));
                }

                writing = writing.Where(p => p.Link is not null).ToList();
            }
        }

        await writer.ForEachAsync(
            writing,
            (plan, token) => writer.WriteAsync(plan, async () => await PushOneAsync(plan, existing, options, token).ConfigureAwait(false), token),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Forgets the link of a record that is gone from ConnectWise, so it is found by key or created again.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="options">The push options (a dry run keeps the link).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns><see langword="null"/>, what <see cref="UpdateLinkedAsync"/> answers for a record that is gone.</returns>
    protected async Task<PushResult?> ForgetAsync(KeyedPlan<TRecord, TPayload> plan, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.DryRun)
        {
            await Context.Links.RemoveAsync(Module, plan.Item.Record.Id, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>Saves the link of a planned record.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="snapshot">What was sent; by default the plan's.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the link is durable.</returns>
    protected Task SaveLinkAsync(KeyedPlan<TRecord, TPayload> plan, string remoteId, PayloadSnapshot? snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        snapshot ??= plan.Snapshot;
        return SaveLinkAsync(plan.Item.Record.Id, remoteId, snapshot, snapshot == plan.Snapshot ? plan.Hash : snapshot.Hash, cancellationToken);
    }

    private static string Text(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<Dictionary<string, TRemote>> FindAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, TRemote>(NaturalKeyComparer);
        foreach (var remote in await FindByNaturalKeysAsync(naturalKeys, cancellationToken).ConfigureAwait(false))
        {
            foreach (var key in NaturalKeysOf(remote))
            {
                byKey.TryAdd(key, remote);
            }
        }

        return byKey;
    }

    private async Task<PushResult> PushOneAsync(KeyedPlan<TRecord, TPayload> plan, Dictionary<string, TRemote> existing, PushOptions options, CancellationToken cancellationToken)
    {
        if (plan.Link is { } link && int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var linkedId))
        {
            if (await UpdateLinkedAsync(plan, linkedId, options, cancellationToken).ConfigureAwait(false) is { } updated)
            {
                return updated;
            }

            // The linked record is gone from ConnectWise: find it by its key, or create it again.
            existing = await FindAsync([plan.NaturalKey], cancellationToken).ConfigureAwait(false);
        }

        return existing.TryGetValue(plan.NaturalKey, out var remote)
            ? await AdoptAsync(plan, remote, options, cancellationToken).ConfigureAwait(false)
            : await CreateAsync(plan, options, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PushResult> AdoptAsync(KeyedPlan<TRecord, TPayload> plan, TRemote remote, PushOptions options, CancellationToken cancellationToken)
    {
        var id = IdOf(remote) ?? throw new ConnectWiseApiException($"ConnectWise answered a {RemoteName} without its id.");
        var remoteId = Text(id);
        var owner = await Context.Links.FindByRemoteIdAsync(Module, remoteId, cancellationToken).ConfigureAwait(false);
        if (owner is not null && owner.BssId != plan.Item.Record.Id)
        {
            return Failed(plan.Item, FailureKind.Conflict,
                $"'{plan.NaturalKey}' belongs to ConnectWise {RemoteName} #{remoteId}, which is linked to BSS {Entity} {owner.BssId}; change this {Entity}'s key, or unlink the other one.");
        }

        if (await RefusalAsync(remote, plan.Item.Record, plan.Payload, cancellationToken).ConfigureAwait(false) is { } refusal)
        {
            return Failed(plan.Item, FailureKind.Conflict, refusal, remoteId);
        }

        var changes = await WriteAdoptedAsync(plan, remote, id, options, cancellationToken).ConfigureAwait(false);
        if (!options.DryRun)
        {
            await SaveLinkAsync(plan, remoteId, null, cancellationToken).ConfigureAwait(false);
        }

        return Result(plan.Item, changes.Count > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, remoteId,
            $"Adopted the existing ConnectWise {RemoteName} #{remoteId} with the key '{plan.NaturalKey}' instead of creating a duplicate.", changes);
    }

    private async Task<PushResult> CreateAsync(KeyedPlan<TRecord, TPayload> plan, PushOptions options, CancellationToken cancellationToken)
    {
        if (options.DryRun)
        {
            return Result(plan.Item, PushOutcome.Created, null, changes: await PlannedCreateAsync(plan, cancellationToken).ConfigureAwait(false));
        }

        return await CreateOrAdopt.RunAsync(
            () => CreateRemoteAsync(plan.Payload, cancellationToken),
            created => CompleteCreateAsync(plan, IdOf(created) ?? throw new ConnectWiseApiException($"ConnectWise created the {RemoteName} but answered without its id."), cancellationToken),
            async () =>
            {
                // Another writer, or our own POST whose answer was lost, created it: adopt it rather than fail or duplicate.
                var found = await FindAsync([plan.NaturalKey], cancellationToken).ConfigureAwait(false);
                return found.TryGetValue(plan.NaturalKey, out var match) ? await AdoptAsync(plan, match, options, cancellationToken).ConfigureAwait(false) : null;
            }).ConfigureAwait(false);
    }
}
