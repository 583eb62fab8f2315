using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>
/// The write of a flat record (a company, a contact, a catalog item): created whole, patched field by field against
/// the snapshot of what was last sent (or, when adopted, against what ConnectWise holds), only the managed fields.
/// What is particular to a module is its <see cref="IFlatPushDefinition{TRecord, TRemote}"/>, which the module's
/// registration composes with this engine; the engine is read once for every flat push.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TRemote">The ConnectWise record type, which is also what is sent.</typeparam>
internal sealed class FlatRecordPush<TRecord, TRemote> : NaturalKeyPush<TRecord, IReadOnlyList<PushItem<TRecord>>, TRemote, TRemote>
    where TRecord : BssRecord
    where TRemote : class
{
    /// <summary>Initializes a new instance of the <see cref="FlatRecordPush{TRecord, TRemote}"/> class.</summary>
    /// <param name="definition">What is particular to the module's push.</param>
    /// <param name="context">The session's module context.</param>
    public FlatRecordPush(IFlatPushDefinition<TRecord, TRemote> definition, ModuleContext context)
        : base(context)
    {
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
    }

    /// <summary>Gets what is particular to the module's push (its pull's merge reads the baseline fields and the fingerprint from it).</summary>
    public IFlatPushDefinition<TRecord, TRemote> Definition { get; }

    /// <inheritdoc />
    protected override string Module => Definition.Module;

    /// <inheritdoc />
    protected override string RemoteName => Definition.RemoteName;

    /// <inheritdoc />
    protected override IReadOnlyList<string> ManagedFields => Definition.ManagedFields;

    /// <inheritdoc />
    protected override Task<string?> FingerprintAsync(PushItem<TRecord> item, CancellationToken cancellationToken) =>
        Definition.FingerprintAsync((item ?? throw new ArgumentNullException(nameof(item))).Record, cancellationToken);

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<PushItem<TRecord>>> ResolveReferencesAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken)
    {
        await Definition.PrepareAsync(items, options, cancellationToken).ConfigureAwait(false);
        return items;
    }

    /// <inheritdoc />
    protected override Task<MappedRecord<TRemote>> MapAsync(PushItem<TRecord> item, IntegrationLink? link, IReadOnlyList<PushItem<TRecord>> references, PushOptions options, CancellationToken cancellationToken) =>
        Definition.MapAsync(item, link, options, cancellationToken);

    /// <inheritdoc />
    protected override Task<IReadOnlyList<TRemote>> FindByNaturalKeysAsync(IReadOnlyCollection<string> naturalKeys, CancellationToken cancellationToken) =>
        Definition.FindByNaturalKeysAsync(naturalKeys, cancellationToken);

    /// <inheritdoc />
    protected override string? NaturalKeyOf(TRemote remote) => Definition.NaturalKeysOf(remote).FirstOrDefault();

    /// <inheritdoc />
    protected override IEnumerable<string> NaturalKeysOf(TRemote remote) => Definition.NaturalKeysOf(remote);

    /// <inheritdoc />
    protected override int? IdOf(TRemote remote) => Definition.IdOf(remote);

    /// <inheritdoc />
    protected override Task<TRemote> CreateRemoteAsync(TRemote payload, CancellationToken cancellationToken) =>
        Definition.CreateAsync(payload, cancellationToken);

    /// <inheritdoc />
    protected override Task PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken) =>
        Definition.PatchAsync(id, operations, cancellationToken);

    /// <inheritdoc />
    protected override Task<PushResult> DeleteAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken) =>
        Definition.DeleteAsync(item, link, options, cancellationToken);

    /// <inheritdoc />
    protected override async Task<PushResult?> UpdateLinkedAsync(KeyedPlan<TRecord, TRemote> plan, int remoteId, PushOptions options, CancellationToken cancellationToken)
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

        var extra = await Definition.AfterPatchAsync(remoteId, before, plan.Snapshot.Json, options, cancellationToken).ConfigureAwait(false);
        if (!options.DryRun)
        {
            await SaveLinkAsync(plan, plan.Link!.RemoteId, null, cancellationToken).ConfigureAwait(false);
        }

        var all = changes.Concat(extra).ToArray();
        return Result(plan.Item, all.Length > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, plan.Link!.RemoteId, changes: all);
    }

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<FieldChange>> WriteAdoptedAsync(KeyedPlan<TRecord, TRemote> plan, TRemote remote, int remoteId, PushOptions options, CancellationToken cancellationToken)
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
    protected override Task<IReadOnlyList<FieldChange>> PlannedCreateAsync(KeyedPlan<TRecord, TRemote> plan, CancellationToken cancellationToken) =>
        Task.FromResult(PatchDiff.Compute(null, plan?.Snapshot.Json ?? [], ManagedFields).Changes);

    /// <inheritdoc />
    protected override async Task<PushResult> CompleteCreateAsync(KeyedPlan<TRecord, TRemote> plan, int remoteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var id = remoteId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await SaveLinkAsync(plan, id, null, cancellationToken).ConfigureAwait(false);
        return Result(plan.Item, PushOutcome.Created, id);
    }
}
