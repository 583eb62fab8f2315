using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Sync.Dependencies;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>
/// The write of a ledger entry (a payment of an invoice; the parent is pushed first when it is not linked). An entry
/// is never applied twice: before creating, the parent's entries are read and the same one that no other BSS record
/// is linked to is adopted, which makes a crash between the POST and the link safe. Entries are not edited: a linked
/// entry that changed in the BSS is reported as a conflict, not applied again. It is not a record found by a natural
/// key (<see cref="NaturalKeyPush{TRecord, TReferences, TPayload, TRemote}"/> patches changed records and wants one
/// unique key per record, while two payments of the same amount on the same day are legitimate): the entries of one
/// parent are written one after another, so two equal entries never adopt the same one. What is particular to a
/// module is its <see cref="ILedgerEntryDefinition{TRecord, TEntry}"/>, which the module's registration composes with
/// this engine.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TParent">The BSS record type an entry belongs to.</typeparam>
/// <typeparam name="TEntry">The ConnectWise entry type, which is also what is sent.</typeparam>
internal sealed class LedgerEntryPush<TRecord, TParent, TEntry> : PushPipeline<TRecord, IReadOnlyDictionary<string, ResolvedDependency>, LedgerEntryPlan<TRecord, TEntry>>
    where TRecord : BssRecord
    where TParent : BssRecord
    where TEntry : class
{
    private readonly ILedgerEntryDefinition<TRecord, TEntry> _definition;
    private readonly IDependencyResolver<TParent> _parents;

    /// <summary>Initializes a new instance of the <see cref="LedgerEntryPush{TRecord, TParent, TEntry}"/> class.</summary>
    /// <param name="definition">What is particular to the module's push.</param>
    /// <param name="context">The session's module context.</param>
    public LedgerEntryPush(ILedgerEntryDefinition<TRecord, TEntry> definition, ModuleContext context)
        : base(context)
    {
        _definition = definition ?? throw new ArgumentNullException(nameof(definition));
        _parents = context.Dependency<TParent>(definition.ParentModule, definition.ParentEntity);
    }

    /// <inheritdoc />
    protected override string Module => _definition.Module;

    private string Entity => _definition.Entity;

    private string Parent => _definition.ParentEntity;

    /// <inheritdoc />
    protected override Task<IReadOnlyDictionary<string, ResolvedDependency>> PrepareAsync(IReadOnlyList<PushItem<TRecord>> items, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var live = items.Where(i => i.Operation != SyncOperation.Delete && !string.IsNullOrWhiteSpace(i.Record.Id));
        return _parents.ResolveAsync(live.Select(i => _definition.ParentIdOf(i.Record)), options, cancellationToken);
    }

    /// <inheritdoc />
    protected override Task<PushResult> DeleteAsync(PushItem<TRecord> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken) =>
        Task.FromResult(Result(item, PushOutcome.Skipped, link?.RemoteId, $"{Module} are not deleted by the connector; reverse the {Entity} in ConnectWise if it must go."));

    /// <inheritdoc />
    protected override async Task<(LedgerEntryPlan<TRecord, TEntry>? Plan, PushResult? Result)> PlanAsync(
        int index, PushItem<TRecord> item, IntegrationLink? link, IReadOnlyDictionary<string, ResolvedDependency> batch, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(batch);
        var parent = batch.TryGetValue(_definition.ParentIdOf(item.Record) ?? string.Empty, out var found)
            ? found
            : ResolvedDependency.Missing(FailureKind.Data, $"The {Entity} names no {Parent}; fill its {Parent} id in the BSS.");
        if (parent.FailureKind is { } parentKind)
        {
            return (null, Failed(item, parentKind, parent.Reason ?? $"The {Entity}'s {Parent} is not linked.", link?.RemoteId));
        }

        // Without an id, the parent is one a dry run would push first (Pending): the entry is planned against it.
        var parentId = parent.RemoteId ?? 0;
        var mapped = await _definition.MapAsync(item.Record, parentId, cancellationToken).ConfigureAwait(false);
        if (mapped.Payload is not { } desired)
        {
            return (null, Failed(item, mapped.FailureKind ?? FailureKind.Data, mapped.Reason ?? "The record cannot be mapped.", link?.RemoteId));
        }

        var snapshot = PayloadSnapshot.Of(desired);
        if (parent.RemoteId is null)
        {
            return (null, Result(item, PushOutcome.Created, null, changes: [_definition.PlannedChange(desired)]));
        }

        if (link is not null)
        {
            return (null, link.PayloadHash == snapshot.Hash
                ? Result(item, PushOutcome.Unchanged, link.RemoteId)
                : Failed(item, FailureKind.Conflict,
                    $"The {Entity} changed in the BSS after it was applied as ConnectWise {Entity} #{link.RemoteId}; {Entity}s are never edited or applied twice by the connector. Correct the {Entity} in ConnectWise by hand (or reverse it and unlink it to let the connector apply it again).",
                    link.RemoteId));
        }

        return (new LedgerEntryPlan<TRecord, TEntry>(index, item, parentId, desired, snapshot), null);
    }

    /// <inheritdoc />
    protected override Task WriteAsync(IReadOnlyList<LedgerEntryPlan<TRecord, TEntry>> plans, IReadOnlyDictionary<string, ResolvedDependency> batch, PushOptions options, PushWriter<TRecord, LedgerEntryPlan<TRecord, TEntry>> writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(writer);

        // One parent's entries go one after the other, so two equal entries never adopt the same one.
        return writer.ForEachAsync(plans.GroupBy(p => p.ParentId).ToArray(), (group, token) => WriteParentAsync(group.Key, group.ToArray(), options, writer, token), cancellationToken);
    }

    private async Task WriteParentAsync(int parentId, LedgerEntryPlan<TRecord, TEntry>[] plans, PushOptions options, PushWriter<TRecord, LedgerEntryPlan<TRecord, TEntry>> writer, CancellationToken cancellationToken)
    {
        IReadOnlyList<TEntry>? existing = null;
        var claimed = new HashSet<int>();
        foreach (var plan in plans)
        {
            await writer.WriteAsync(plan, async () =>
            {
                existing ??= await _definition.ReadAsync(parentId, cancellationToken).ConfigureAwait(false);
                return await AdoptAsync(plan, existing, claimed, options, cancellationToken).ConfigureAwait(false)
                    ?? await CreateAsync(plan, claimed, options, cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<PushResult?> AdoptAsync(LedgerEntryPlan<TRecord, TEntry> plan, IReadOnlyList<TEntry> existing, HashSet<int> claimed, PushOptions options, CancellationToken cancellationToken)
    {
        foreach (var remote in existing.Where(r => _definition.IdOf(r) is { } id && !claimed.Contains(id) && _definition.IsSame(r, plan.Payload)))
        {
            var id = _definition.IdOf(remote)!.Value;
            var remoteId = id.ToString(CultureInfo.InvariantCulture);
            var owner = await Context.Links.FindByRemoteIdAsync(Module, remoteId, cancellationToken).ConfigureAwait(false);
            if (owner is not null && owner.BssId != plan.Item.Record.Id)
            {
                // Another BSS record's entry of the same amount and day: not this one.
                continue;
            }

            claimed.Add(id);
            if (!options.DryRun)
            {
                await SaveLinkAsync(plan.Item.Record.Id, remoteId, plan.Snapshot, plan.Snapshot.Hash, cancellationToken).ConfigureAwait(false);
            }

            return Result(plan.Item, PushOutcome.Unchanged, remoteId,
                $"Adopted ConnectWise {Entity} #{remoteId} ({_definition.Describe(remote)}) that {Parent} #{plan.ParentId} already had, instead of applying the {Entity} twice.");
        }

        return null;
    }

    private async Task<PushResult> CreateAsync(LedgerEntryPlan<TRecord, TEntry> plan, HashSet<int> claimed, PushOptions options, CancellationToken cancellationToken)
    {
        if (options.DryRun)
        {
            return Result(plan.Item, PushOutcome.Created, null, changes: [_definition.PlannedChange(plan.Payload)]);
        }

        try
        {
            return await CreateOrAdopt.RunAsync(
                () => _definition.CreateAsync(plan.ParentId, plan.Payload, cancellationToken),
                async created =>
                {
                    var id = _definition.IdOf(created) ?? throw new ConnectWiseApiException($"ConnectWise applied the {Entity} but answered without its id.");
                    claimed.Add(id);
                    var remoteId = id.ToString(CultureInfo.InvariantCulture);
                    await SaveLinkAsync(plan.Item.Record.Id, remoteId, plan.Snapshot, plan.Snapshot.Hash, cancellationToken).ConfigureAwait(false);
                    return Result(plan.Item, PushOutcome.Created, remoteId);
                },
                // The POST may have been applied although its answer was lost: look again before giving up.
                async () => await AdoptAsync(plan, await _definition.ReadAsync(plan.ParentId, cancellationToken).ConfigureAwait(false), claimed, options, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (ConnectWiseValidationException e) when (_definition.SettingProblemOf(e, plan.Payload) is { } problem)
        {
            return Failed(plan.Item, FailureKind.Configuration, problem);
        }
    }
}
