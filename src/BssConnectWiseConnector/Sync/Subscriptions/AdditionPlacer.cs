using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Gives the subscriptions of one customer and agreement type, that have no addition yet (new, reactivated, moved, or
/// whose addition was deleted in ConnectWise), their addition: the agreement is chosen or created, its additions read
/// once, matching ones adopted, and only the rest created. A create whose answer is lost is looked up again before
/// anything else happens, so a retry never duplicates seats.
/// </summary>
/// <param name="client">The agreements' additions.</param>
/// <param name="links">The link store (which additions other subscriptions own).</param>
/// <param name="reader">Reads an agreement's additions (and learns the tag fields).</param>
/// <param name="tags">The session's tag fields.</param>
/// <param name="linked">Patches adopted additions, saves links and cancels moved additions.</param>
/// <param name="chooser">Chooses or creates agreements.</param>
/// <param name="billing">What the additions bill.</param>
/// <param name="dating">Dates the changes outside invoiced periods.</param>
/// <param name="logger">Where a subscription's failure is logged.</param>
internal sealed class AdditionPlacer(
    IAgreementResources client, IIntegrationLinkStore links, AdditionReader reader, TagFieldCache tags, LinkedAdditionUpdater linked, AgreementChooser chooser, ISubscriptionBilling billing, AdditionDating dating, ILogger logger)
{

    /// <summary>Places a group's subscriptions.</summary>
    /// <param name="key">The company and type.</param>
    /// <param name="found">The group's open agreements.</param>
    /// <param name="plans">The subscriptions.</param>
    /// <param name="additions">The agreement's additions when already read (with other agreements' in one bundle), if so.</param>
    /// <param name="options">The push options.</param>
    /// <param name="results">Where each subscription's result goes, by its index.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when every subscription of the group has its result.</returns>
    public async Task PlaceAsync(AgreementKey key, IReadOnlyList<Agreement> found, IReadOnlyList<SubscriptionPlan> plans, IReadOnlyList<Addition>? additions, PushOptions options, PushResult[] results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(results);
        var choice = await chooser.ChooseAsync(key, found, plans, options, cancellationToken).ConfigureAwait(false);
        if (choice.Kind is not null || choice.AgreementId is null)
        {
            // No agreement: each subscription fails with the reason, or (a dry run) is planned on the agreement a real run creates.
            foreach (var plan in plans)
            {
                results[plan.Index] = choice.Kind is { } kind
                    ? SubscriptionResults.Failed(plan.Item, kind, choice.Reason!, plan.Link?.RemoteId)
                    : billing.With(SubscriptionResults.Of(plan.Item, PushOutcome.Created, null, SubscriptionResults.Join(choice.Reason, plan.Note), Changes(plan)), plan, Moved(plan, key), billing.Wanted(plan), null, ("no open agreement", null));
            }

            return;
        }

        var agreementId = choice.AgreementId.Value;

        additions = choice.Created ? [] : additions ?? await reader.ReadOneAsync(agreementId, cancellationToken).ConfigureAwait(false);
        var claimedBy = await ClaimsAsync(additions, cancellationToken).ConfigureAwait(false);
        var matches = AdditionMatcher.Match(agreementId, additions, plans, claimedBy, linked.Today);
        foreach (var plan in plans)
        {
            try
            {
                var result = await PlaceOneAsync(plan, agreementId, matches[plan.Index], additions, options, cancellationToken).ConfigureAwait(false);
                results[plan.Index] = result with { Reason = SubscriptionResults.Join(result.Reason, choice.Reason) };
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var (failure, reason) = PushFailureClassifier.Classify(e);
                logger.LogWarning("Subscription {BssId} failed ({Kind}): {Reason}", plan.BssId, failure, reason);
                results[plan.Index] = SubscriptionResults.Failed(plan.Item, failure, SubscriptionResults.Join(reason, choice.Reason)!, plan.Link?.RemoteId);
            }
        }
    }

    private static FieldChange[] Changes(SubscriptionPlan plan) =>
        DriftCheck.Tidy(PatchDiff.Compute(null, plan.Addition, AdditionFields.Of(plan.Addition)).Changes).ToArray();

    private async Task<PushResult> PlaceOneAsync(SubscriptionPlan plan, int agreementId, AdditionMatch match, IReadOnlyList<Addition> additions, PushOptions options, CancellationToken cancellationToken)
    {
        if (match.Conflict is not null)
        {
            return SubscriptionResults.Failed(plan.Item, FailureKind.Conflict, match.Conflict, plan.Link?.RemoteId);
        }

        if (match.Adopt is null && plan.Cancelled)
        {
            return SubscriptionResults.Of(plan.Item, PushOutcome.Skipped, plan.Link?.RemoteId, "The subscription is cancelled and its agreement has no active addition of it, so there is nothing to cancel.");
        }

        var result = match.Adopt is not null
            ? await AdoptAsync(plan, agreementId, match.Adopt, options, cancellationToken).ConfigureAwait(false)
            : await CreateAsync(plan, agreementId, additions, options, cancellationToken).ConfigureAwait(false);
        return result with { Reason = SubscriptionResults.Join(result.Reason, await AfterAsync(plan, agreementId, result.RemoteId, options, cancellationToken).ConfigureAwait(false), plan.Note) };
    }

    private async Task<PushResult> AdoptAsync(SubscriptionPlan plan, int agreementId, Addition addition, PushOptions options, CancellationToken cancellationToken)
    {
        var id = addition.Id!.Value;
        // An addition that exists keeps a price kept as set in ConnectWise (billing rule priceFrom): only a created one gets the BSS's.
        var (diff, changes) = PatchDiff.Compute(SubscriptionLinkState.Canonical(addition with { CustomFields = null }), plan.Addition, AdditionFields.Of(plan.Addition, PriceOwnership.Kept(plan.Json)));
        var operations = diff.ToList();
        var allChanges = DriftCheck.Tidy(changes).ToList();
        var remoteId = id.ToString(CultureInfo.InvariantCulture);
        var dated = await linked.PatchAsync(plan, new SubscriptionLinkState(agreementId, PriceOwnership.Agreed(plan.Json, addition)), addition, remoteId, operations, allChanges, options, cancellationToken).ConfigureAwait(false);

        var reason = remoteId == plan.Link?.RemoteId
            ? "Compared with the addition as ConnectWise holds it: the link keeps no snapshot of the last push, so a hand edit in ConnectWise cannot be told from a BSS change and is not reported as drift."
            : string.Create(CultureInfo.InvariantCulture, $"Adopted the existing addition #{id} on agreement #{agreementId} instead of creating a duplicate.");
        var result = SubscriptionResults.Of(plan.Item, operations.Count > 0 ? PushOutcome.Updated : PushOutcome.Unchanged, remoteId, reason, allChanges);
        var billed = billing.Billed(addition);
        return BillingDates.Annotate(billing.With(result, plan, billed, PriceOwnership.Billed(billing.Wanted(plan), plan.Json, addition), agreementId, ($"addition #{remoteId}", billed)), dated);
    }

    private async Task<PushResult> CreateAsync(SubscriptionPlan plan, int agreementId, IReadOnlyList<Addition> before, PushOptions options, CancellationToken cancellationToken)
    {
        // A new addition starts on its start date (else the day of the change), outside any invoiced period.
        var start = plan.Payload.Addition.EffectiveDate is { } effective ? DateOnly.FromDateTime(effective.UtcDateTime) : plan.ChangedOn;
        var dated = dating.Date(agreementId, start);
        PushResult Created(string? remoteId, IReadOnlyList<FieldChange>? changes = null) => BillingDates.Annotate(
            billing.With(SubscriptionResults.Of(plan.Item, PushOutcome.Created, remoteId, changes: changes), plan, Moved(plan, plan.Key), billing.Wanted(plan), agreementId,
                (string.Create(CultureInfo.InvariantCulture, $"agreement #{agreementId}, no addition of it"), null)),
            dated);
        if (options.DryRun)
        {
            return Created(null, Changes(plan));
        }

        var agreementAdditions = client.Additions(agreementId);
        var payload = plan.Payload.Addition with { CustomFields = tags.For(plan.BssId, plan.Payload.SubscriptionName), EffectiveDate = Mapping.AdditionMapper.ToConnectWise(dated.Date) };
        Addition? appeared = null;
        var created = await UncertainWrite.CreateAsync(() => agreementAdditions.CreateAsync(payload, cancellationToken), async () =>
        {
            // The answer was lost, not necessarily the addition: adopt it if it is there now rather than create a second one.
            var known = before.Select(a => a.Id).ToHashSet();
            var now = await reader.ReadOneAsync(agreementId, cancellationToken).ConfigureAwait(false);
            return appeared = now.FirstOrDefault(a => !known.Contains(a.Id) && a.Product?.Id == plan.Payload.Addition.Product?.Id && a.CancelledDate is null);
        }).ConfigureAwait(false);
        if (appeared is not null)
        {
            return await AdoptAsync(plan, agreementId, appeared, options, cancellationToken).ConfigureAwait(false);
        }

        var id = created.Id ?? throw new Http.Errors.ConnectWiseApiException("ConnectWise created the addition but answered without its id.");
        var remoteId = id.ToString(CultureInfo.InvariantCulture);

        // The link is saved first: from here on a failure leaves a linked addition, never an orphan.
        await linked.SaveLinkAsync(plan.BssId, remoteId, new SubscriptionLinkState(agreementId, plan.Json), cancellationToken).ConfigureAwait(false);
        tags.Learn([created]);
        if (payload.CustomFields is null && SubscriptionTags.Apply(created.CustomFields, plan.BssId, plan.Payload.SubscriptionName) is { } tagged)
        {
            // ConnectWise answers a new record with every custom field of its screen: the first addition of a session learns them here.
            await agreementAdditions.PatchAsync(id, [PatchOperation.Replace("customFields", tagged)], cancellationToken).ConfigureAwait(false);
        }

        return Created(remoteId);
    }

    // Seats moved to another agreement type of the same customer were billed on the old addition, which is cancelled.
    private Seats? Moved(SubscriptionPlan plan, AgreementKey key) =>
        plan.State is { Cancelled: false } state && state.Key.CompanyId == key.CompanyId ? billing.LastPushed(state) : null;

    private async Task<string?> AfterAsync(SubscriptionPlan plan, int agreementId, string? additionId, PushOptions options, CancellationToken cancellationToken)
    {
        if (plan.State is not { } state || plan.Link is null || additionId is null || additionId == plan.Link.RemoteId)
        {
            return null;
        }

        if (state.Cancelled)
        {
            return $"Reactivated: addition #{additionId} carries the seats; the cancelled addition #{plan.Link.RemoteId} keeps its history.";
        }

        if (state.AgreementId != agreementId && int.TryParse(plan.Link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var old))
        {
            var cancelled = await linked.CancelAsync(state, old, options, cancellationToken).ConfigureAwait(false);
            return cancelled is null
                ? string.Create(CultureInfo.InvariantCulture, $"Moved from agreement #{state.AgreementId}, whose addition #{old} was already gone.")
                : string.Create(CultureInfo.InvariantCulture, $"Moved from agreement #{state.AgreementId} to #{agreementId}: addition #{old} is cancelled as of {cancelled.Value:yyyy-MM-dd}.");
        }

        return null;
    }

    private async Task<IReadOnlyDictionary<int, string>> ClaimsAsync(IReadOnlyList<Addition> additions, CancellationToken cancellationToken)
    {
        var claims = new Dictionary<int, string>();
        foreach (var addition in additions.Where(a => a.Id is not null))
        {
            var id = addition.Id!.Value.ToString(CultureInfo.InvariantCulture);
            if (await links.FindByRemoteIdAsync(BssModules.Subscriptions, id, cancellationToken).ConfigureAwait(false) is { } owner)
            {
                claims[addition.Id.Value] = owner.BssId;
            }
        }

        return claims;
    }
}
