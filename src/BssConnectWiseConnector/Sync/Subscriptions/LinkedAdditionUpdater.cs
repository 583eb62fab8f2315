using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Brings a linked addition in line with its changed subscription: reads it once (one GET per changed subscription,
/// none for unchanged ones) to catch seats, price or cost edited by hand since the last push, then patches only the
/// fields that differ. Drift is always reported with both values; the instance's drift policy decides whether the BSS
/// value overwrites it.
/// </summary>
/// <param name="client">The agreements' additions.</param>
/// <param name="links">The link store.</param>
/// <param name="time">The clock.</param>
/// <param name="tags">The session's tag fields.</param>
/// <param name="definition">What the additions bill, and which drift is left as ConnectWise holds it.</param>
/// <param name="dating">Dates the changes outside invoiced periods.</param>
internal sealed class LinkedAdditionUpdater(IAgreementResources client, IIntegrationLinkStore links, TimeProvider time, TagFieldCache tags, IAgreementAdditionDefinition definition, AdditionDating dating)
{

    /// <summary>Gets the day of the clock, in UTC.</summary>
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Updates a linked addition.</summary>
    /// <param name="plan">The subscription, with its link state.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result, or <see langword="null"/> when the addition is gone from ConnectWise (its link is removed).</returns>
    public async Task<PushResult?> UpdateAsync(SubscriptionPlan plan, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);
        var state = plan.State!;
        var additionId = int.Parse(plan.Link!.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture);
        var current = await client.Additions(state.AgreementId).GetAsync(additionId, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return await GoneAsync(plan, options, cancellationToken).ConfigureAwait(false);
        }

        tags.Learn([current]);
        var policy = definition.DriftPolicy;
        var reportOnly = policy != SubscriptionDriftPolicy.BssWins;

        // A price kept as set in ConnectWise (billing rule priceFrom) is never sent and its changes there are not drift.
        var kept = PriceOwnership.Kept(plan.Json);
        var drift = DriftCheck.Compare(current, state.Addition, plan.Addition).Where(d => !kept.Contains(d.Field)).ToList();

        // The drifted fields the policy leaves as ConnectWise holds them: all under ReportOnly, those ConnectWise owns under ConnectWiseWins.
        var left = definition.LeftInConnectWise;
        var drifted = drift.Select(d => d.Field).Where(left.Contains).Concat(kept).ToHashSet(StringComparer.Ordinal);
        var before = (JObject)state.Addition.DeepClone();
        var stored = PriceOwnership.Agreed(plan.Json, current);
        foreach (var field in DriftCheck.Fields.Where(f => !kept.Contains(f)))
        {
            if (drifted.Contains(field))
            {
                // What ConnectWise got from us stays the snapshot, so the drift is found (and reported) again next run.
                ((JObject)stored[SubscriptionLinkState.AdditionProperty]!)[field] = state.Addition[field]?.DeepClone();
            }
            else
            {
                // Compared with what ConnectWise holds now, so a hand edit is overwritten and an equal value costs no operation.
                before[field] = DriftCheck.Current(current, field) is { } value ? new JValue(value) : JValue.CreateNull();
            }
        }

        var (diff, diffChanges) = PatchDiff.Compute(before, plan.Addition, AdditionFields.Of(plan.Addition));
        var operations = diff.Where(o => !drifted.Contains(o.Path)).ToList();
        var changes = DriftCheck.Tidy(diffChanges.Where(c => !drifted.Contains(c.Field))).ToList();
        changes.AddRange(drift.Where(d => drifted.Contains(d.Field)).Select(d => new FieldChange(d.Field, DriftCheck.Text(d.InConnectWise), DriftCheck.Text(d.InBss))));

        var handCancelled = HandCancelled(current, state, plan);
        if (handCancelled is not null)
        {
            // The BSS says active: BssWins lifts the cancellation, ReportOnly and ConnectWiseWins leave it and say so every run.
            changes.Add(new FieldChange("cancelledDate", handCancelled, null));
            if (reportOnly)
            {
                // Not the addition's own field (that would read as a cancellation next run): a mark that keeps the hash unequal.
                stored["cancelledInConnectWise"] = handCancelled;
            }
            else
            {
                operations.Add(PatchOperation.Remove("cancelledDate"));
            }
        }

        DatedChange? dated;
        try
        {
            dated = await PatchAsync(plan, new SubscriptionLinkState(state.AgreementId, stored), current, plan.Link.RemoteId, operations, changes, options, cancellationToken).ConfigureAwait(false);
        }
        catch (ConnectWiseNotFoundException)
        {
            return await GoneAsync(plan, options, cancellationToken).ConfigureAwait(false);
        }

        var cancelledReason = handCancelled is null ? null : reportOnly
            ? $"The addition was cancelled by hand in ConnectWise ({handCancelled}) while the subscription is active in the BSS; left cancelled (drift policy {policy}): cancel the subscription in the BSS, or lift the cancellation in ConnectWise."
            : $"The addition was cancelled by hand in ConnectWise ({handCancelled}) while the subscription is active in the BSS; the cancellation is lifted (drift policy BssWins).";
        var reason = SubscriptionResults.Join(DriftReason(drift, drifted, policy), cancelledReason, plan.Note);
        var outcome = operations.Count > 0 ? PushOutcome.Updated : drift.Count > 0 || handCancelled is not null ? PushOutcome.Skipped : PushOutcome.Unchanged;
        var result = SubscriptionResults.Of(plan.Item, outcome, plan.Link.RemoteId, reason, changes);
        var billedNow = definition.Billing.Billed(current);
        var wanted = definition.Billing.Wanted(plan);
        var after = wanted with
        {
            // The fields left as ConnectWise holds them (and a hand cancellation left) are billed as ConnectWise holds them.
            Quantity = reportOnly && handCancelled is not null ? 0m : drifted.Contains("quantity") ? current.Quantity ?? 0m : wanted.Quantity,
            UnitPrice = drifted.Contains("unitPrice") ? current.UnitPrice ?? 0m : wanted.UnitPrice,
            UnitCost = drifted.Contains("unitCost") ? current.UnitCost ?? 0m : wanted.UnitCost,
        };
        return BillingDates.Annotate(definition.Billing.With(result, plan, billedNow, after, state.AgreementId, ($"addition #{plan.Link.RemoteId}", billedNow)), dated);
    }

    /// <summary>
    /// Writes a change to an addition the subscription is (or becomes) linked to, as one PATCH: the subscription's tag
    /// when the addition lacks it, the dates outside invoiced periods; then saves the link. A dry run sends and saves nothing.
    /// </summary>
    /// <param name="plan">The subscription.</param>
    /// <param name="stored">What the link keeps: where the addition is, and what it was given.</param>
    /// <param name="current">The addition as ConnectWise holds it.</param>
    /// <param name="additionId">The addition's id, as its link keeps it.</param>
    /// <param name="operations">The fields to change; the tag and dates are added to them.</param>
    /// <param name="changes">The changes the result reports; the tag is added to them.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The dated change, or <see langword="null"/> when the PATCH changes no date or seats.</returns>
    public async Task<DatedChange?> PatchAsync(
        SubscriptionPlan plan, SubscriptionLinkState stored, Addition current, string additionId, List<PatchOperation> operations, List<FieldChange> changes, PushOptions options, CancellationToken cancellationToken)
    {
        if (SubscriptionTags.Apply(current.CustomFields, plan.BssId, plan.Payload.SubscriptionName) is { } tagged)
        {
            operations.Add(PatchOperation.Replace("customFields", tagged));
            changes.Add(new FieldChange("customFields", null, $"{SubscriptionTags.IdCaption} = {plan.BssId}"));
        }

        var dated = dating.Apply(operations, stored.AgreementId, plan.ChangedOn);
        if (!options.DryRun)
        {
            if (operations.Count > 0)
            {
                await client.Additions(stored.AgreementId).PatchAsync(int.Parse(additionId, NumberStyles.None, CultureInfo.InvariantCulture), operations, cancellationToken).ConfigureAwait(false);
            }

            await SaveLinkAsync(plan.BssId, additionId, stored, cancellationToken).ConfigureAwait(false);
        }

        return dated;
    }

    /// <summary>Cancels a linked addition (a deleted subscription, or one moved to another agreement); it is never deleted.</summary>
    /// <param name="state">The link state.</param>
    /// <param name="additionId">The addition.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The cancelled date set, or <see langword="null"/> when the addition is gone.</returns>
    public async Task<DateTimeOffset?> CancelAsync(SubscriptionLinkState state, int additionId, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        // Today, unless that is inside a period already invoiced (then the next period's start).
        var today = Mapping.AdditionMapper.ToConnectWise(dating.Date(state.AgreementId, Today).Date)!.Value;
        if (!options.DryRun)
        {
            try
            {
                await client.Additions(state.AgreementId).PatchAsync(additionId, [PatchOperation.Replace("cancelledDate", today)], cancellationToken).ConfigureAwait(false);
            }
            catch (ConnectWiseNotFoundException)
            {
                return null;
            }
        }

        return today;
    }

    /// <summary>Saves a subscription's link to its addition.</summary>
    /// <param name="bssId">The subscription.</param>
    /// <param name="additionId">The addition.</param>
    /// <param name="state">What was pushed, and where.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the link is durable.</returns>
    public Task SaveLinkAsync(string bssId, string additionId, SubscriptionLinkState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        return links.SaveAsync(
            new IntegrationLink(definition.Module, bssId, additionId, SubscriptionLinkState.Hash(state.Payload), time.GetUtcNow(), state.ToText()),
            cancellationToken);
    }

    /// <summary>Cancels the addition of a subscription deleted in the BSS (an addition is never deleted, so its billing history stays).</summary>
    /// <param name="item">The subscription.</param>
    /// <param name="link">Its link, if any.</param>
    /// <param name="options">The push options.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The result.</returns>
    public async Task<PushResult> DeleteAsync(PushItem<Subscription> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
    {
        var state = SubscriptionLinkState.Parse(link?.Snapshot);
        if (link is null || state is null || !int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var additionId))
        {
            return SubscriptionResults.Of(item, PushOutcome.Skipped, link?.RemoteId, "The subscription was never pushed, so there is no addition to cancel.");
        }

        if (state.Cancelled)
        {
            return SubscriptionResults.Of(item, PushOutcome.Unchanged, link.RemoteId, "Deleted in the BSS; its addition is already cancelled.");
        }

        try
        {
            var cancelled = await CancelAsync(state, additionId, options, cancellationToken).ConfigureAwait(false);
            if (cancelled is null)
            {
                await links.RemoveAsync(definition.Module, item.Record.Id, cancellationToken).ConfigureAwait(false);
                return SubscriptionResults.Of(item, PushOutcome.Skipped, null, "Deleted in the BSS; its addition was already gone from ConnectWise, and the link is removed.");
            }

            var date = Text(cancelled.Value);
            var payload = (JObject)state.Payload.DeepClone();
            ((JObject)payload[SubscriptionLinkState.AdditionProperty]!)["cancelledDate"] = date;
            if (!options.DryRun)
            {
                await SaveLinkAsync(item.Record.Id, link.RemoteId, new SubscriptionLinkState(state.AgreementId, payload), cancellationToken).ConfigureAwait(false);
            }

            var result = SubscriptionResults.Of(item, PushOutcome.Updated, link.RemoteId, "Deleted in the BSS: the addition is cancelled, not deleted, so its billing history stays.",
                [new FieldChange("cancelledDate", null, date)]);
            return definition.Billing.Cancelled(result, item.Record, state, DateOnly.FromDateTime(cancelled.Value.UtcDateTime));
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            return SubscriptionResults.Failed(item, kind, reason, link.RemoteId);
        }
    }

    // A cancelled date set in ConnectWise on an addition that was pushed active and that the BSS still wants active.
    private static string? HandCancelled(Addition current, SubscriptionLinkState state, SubscriptionPlan plan) =>
        current.CancelledDate is { } on && !state.Cancelled && !plan.Cancelled
            ? Text(on)
            : null;

    // A date as the link's snapshot and the reasons write it.
    private static string Text(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string? DriftReason(IReadOnlyList<DriftedField> drift, HashSet<string> left, SubscriptionDriftPolicy policy)
    {
        var kept = drift.Where(d => left.Contains(d.Field)).ToArray();
        var overwritten = drift.Where(d => !left.Contains(d.Field)).ToArray();
        var keptText = kept.Length == 0 ? null : policy == SubscriptionDriftPolicy.ConnectWiseWins
            ? $"Changed in ConnectWise since the last push: {DriftCheck.Describe(kept)}. ConnectWise owns it (drift policy ConnectWiseWins): not pushed back; the Subscriptions pull brings it into the BSS."
            : $"Changed by hand in ConnectWise since the last push: {DriftCheck.Describe(kept)}. Left as it is (drift policy {policy}); settle it in the BSS or in ConnectWise.";
        var overwrittenText = overwritten.Length == 0 ? null
            : $"Changed by hand in ConnectWise since the last push: {DriftCheck.Describe(overwritten)}. The BSS value overwrote it (drift policy {policy}).";
        return SubscriptionResults.Join(keptText, overwrittenText);
    }

    private async Task<PushResult?> GoneAsync(SubscriptionPlan plan, PushOptions options, CancellationToken cancellationToken)
    {
        if (!options.DryRun)
        {
            await links.RemoveAsync(definition.Module, plan.BssId, cancellationToken).ConfigureAwait(false);
        }

        return null;
    }
}
