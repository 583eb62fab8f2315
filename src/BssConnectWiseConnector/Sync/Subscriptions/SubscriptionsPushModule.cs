using System.Globalization;
using Bss.IntegrationFramework;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Pushes BSS subscriptions as seats on ConnectWise agreements: one agreement per customer and agreement type (from
/// the billing cycle lookup), one addition per subscription. Additions sit under their agreement, so the shared
/// <see cref="Pipeline.FlatRecordPush{TRecord, TRemote}"/> (one flat resource, one natural key) does not fit; this module keeps
/// its rules: an unchanged subscription costs no request, a changed one is patched field by field, nothing is created
/// before looking for what to adopt, and each subscription fails alone.
/// </summary>
internal sealed class SubscriptionsPushModule : IPushModule<Subscription>
{
    private readonly ModuleServices _services;
    private readonly SubscriptionPlanner _planner;
    private readonly LinkedAdditionUpdater _linked;
    private readonly AdditionPlacer _placer;
    private readonly AgreementFinder _finder;
    private readonly DefaultContacts _defaultContacts;
    private readonly AdditionReader _additions;
    private readonly ILogger _logger;

    /// <summary>Initializes a new instance of the <see cref="SubscriptionsPushModule"/> class.</summary>
    /// <param name="services">The session's services.</param>
    public SubscriptionsPushModule(ModuleServices services)
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        var tags = new TagFieldCache();
        _planner = new SubscriptionPlanner(services);
        _linked = new LinkedAdditionUpdater(services, tags);
        _finder = new AgreementFinder(services);
        _additions = new AdditionReader(services, tags);
        _defaultContacts = new DefaultContacts(services);
        _placer = new AdditionPlacer(services, tags, _linked, new AgreementChooser(services, _finder, _defaultContacts));
        _logger = services.Context.LoggerFactory.CreateLogger<SubscriptionsPushModule>();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<PushResult>> PushAsync(IReadOnlyList<PushItem<Subscription>> items, PushOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        var results = new PushResult?[items.Count];
        var ids = items.Select(i => i.Record.Id).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        var links = await _services.Context.Links.GetManyAsync(BssModules.Subscriptions, ids, cancellationToken).ConfigureAwait(false);
        var linked = new List<SubscriptionPlan>();
        var placing = new List<SubscriptionPlan>();
        var deletes = new List<(int Index, IntegrationLink? Link)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < items.Count; index++)
        {
            var item = items[index];
            links.TryGetValue(item.Record.Id ?? string.Empty, out var link);
            if (string.IsNullOrWhiteSpace(item.Record.Id) || !seen.Add(item.Record.Id))
            {
                results[index] = SubscriptionResults.Failed(item, FailureKind.Data, string.IsNullOrWhiteSpace(item.Record.Id) ? "The record has no BSS id." : "The subscription is twice in the batch; only its first occurrence is pushed.");
                continue;
            }

            if (item.Operation == SyncOperation.Delete)
            {
                deletes.Add((index, link));
                continue;
            }

            try
            {
                var (plan, result) = await _planner.PlanAsync(index, item, link, options, cancellationToken).ConfigureAwait(false);
                results[index] = result;
                if (plan is not null)
                {
                    (IsLinked(plan) ? linked : placing).Add(plan);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var (kind, reason) = PushFailureClassifier.Classify(e);
                results[index] = SubscriptionResults.Failed(item, kind, reason, link?.RemoteId);
            }
        }

        await ForEachAsync(deletes, async (d, token) => results[d.Index] = await DeleteAsync(items[d.Index], d.Link, options, token).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        await ForEachAsync(linked, async (plan, token) =>
        {
            var result = await Guard(plan, () => _linked.UpdateAsync(plan, options, token), token).ConfigureAwait(false);
            if (result is not null)
            {
                results[plan.Index] = result;
            }
            else if (plan.Cancelled)
            {
                results[plan.Index] = SubscriptionResults.Of(plan.Item, PushOutcome.Skipped, null, "The addition is gone from ConnectWise, so there is nothing to cancel; the link is removed.");
            }
            else
            {
                // Deleted in ConnectWise: the subscription gets an addition again, adopted or created like a new one.
                lock (placing)
                {
                    placing.Add(plan with { Link = null, State = null });
                }
            }
        }, cancellationToken).ConfigureAwait(false);

        await PlaceAsync(placing, options, results, cancellationToken).ConfigureAwait(false);
        _services.Context.Progress?.Report(new SyncProgress(BssModules.Subscriptions, items.Count, items.Count));
        return results.Select((r, i) => r ?? SubscriptionResults.Failed(items[i], FailureKind.Transient, "The subscription was not pushed; it is retried on the next run.")).ToArray();
    }

    // A linked subscription is patched in place unless it must get a new addition: reactivated after a cancellation,
    // or moved to another customer's or type's agreement (a cancellation stays on the addition it has).
    private static bool IsLinked(SubscriptionPlan plan) =>
        plan.Link is not null && plan.State is { } state
        && int.TryParse(plan.Link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out _)
        && (plan.Cancelled || (!state.Cancelled && state.Key == plan.Key));

    private async Task PlaceAsync(List<SubscriptionPlan> placing, PushOptions options, PushResult?[] results, CancellationToken cancellationToken)
    {
        if (placing.Count == 0)
        {
            return;
        }

        var groups = placing.OrderBy(p => p.Index).GroupBy(p => p.Key).ToArray();
        IReadOnlyDictionary<AgreementKey, IReadOnlyList<Models.Agreement>> found;
        try
        {
            found = await _finder.FindAsync(groups.Select(g => g.Key).ToArray(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Without the lookup an agreement could be duplicated: fail these subscriptions, keep the rest.
            var (kind, reason) = PushFailureClassifier.Classify(e);
            foreach (var plan in placing)
            {
                results[plan.Index] = SubscriptionResults.Failed(plan.Item, kind, $"Could not look up the customers' agreements before creating: {reason}", plan.Link?.RemoteId);
            }

            return;
        }

        var known = await PrefetchAsync(found, cancellationToken).ConfigureAwait(false);
        await _defaultContacts.PrefetchAsync(groups.Where(g => found[g.Key].Count == 0).Select(g => g.Key.CompanyId), cancellationToken).ConfigureAwait(false);
        var output = new PushResult[results.Length];
        await ForEachAsync(groups, async (group, token) =>
        {
            var plans = group.ToArray();
            var failed = await Guard(plans[0], async () =>
            {
                var agreements = found[group.Key];
                var additions = agreements.Count == 1 && known.TryGetValue(agreements[0].Id ?? 0, out var read) ? read : null;
                await _placer.PlaceAsync(group.Key, agreements, plans, additions, options, output, token).ConfigureAwait(false);
                return null;
            }, token).ConfigureAwait(false);
            foreach (var plan in failed is null ? [] : plans)
            {
                output[plan.Index] = SubscriptionResults.Failed(plan.Item, failed!.FailureKind ?? FailureKind.Transient, failed.Reason ?? "Failed.", plan.Link?.RemoteId);
            }
        }, cancellationToken).ConfigureAwait(false);
        foreach (var plan in placing)
        {
            results[plan.Index] = output[plan.Index];
        }
    }

    // The additions of every agreement the batch adopts, read in bundles rather than one request per customer.
    private async Task<IReadOnlyDictionary<int, IReadOnlyList<Models.Addition>>> PrefetchAsync(IReadOnlyDictionary<AgreementKey, IReadOnlyList<Models.Agreement>> found, CancellationToken cancellationToken)
    {
        var ids = found.Values.Where(a => a.Count == 1 && a[0].Id is not null).Select(a => a[0].Id!.Value).ToArray();
        try
        {
            return ids.Length == 0 ? new Dictionary<int, IReadOnlyList<Models.Addition>>() : await _additions.ReadAsync(ids, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Each group then reads its own agreement, and fails alone if that fails too.
            _logger.LogInformation("Reading the additions of {Count} agreements at once failed ({Error}); reading them one by one.", ids.Length, e.Message);
            return new Dictionary<int, IReadOnlyList<Models.Addition>>();
        }
    }

    private async Task<PushResult> DeleteAsync(PushItem<Subscription> item, IntegrationLink? link, PushOptions options, CancellationToken cancellationToken)
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
            var cancelled = await _linked.CancelAsync(state, additionId, options, cancellationToken).ConfigureAwait(false);
            if (cancelled is null)
            {
                await _services.Context.Links.RemoveAsync(BssModules.Subscriptions, item.Record.Id, cancellationToken).ConfigureAwait(false);
                return SubscriptionResults.Of(item, PushOutcome.Skipped, null, "Deleted in the BSS; its addition was already gone from ConnectWise, and the link is removed.");
            }

            var date = cancelled.Value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            var payload = (Newtonsoft.Json.Linq.JObject)state.Payload.DeepClone();
            ((Newtonsoft.Json.Linq.JObject)payload[SubscriptionLinkState.AdditionProperty]!)["cancelledDate"] = date;
            if (!options.DryRun)
            {
                await _services.Context.Links.SaveAsync(
                    link with { PayloadHash = SubscriptionLinkState.Hash(payload), UpdatedAt = _services.Context.Time.GetUtcNow(), Snapshot = new SubscriptionLinkState(state.AgreementId, payload).ToText() },
                    cancellationToken).ConfigureAwait(false);
            }

            return SubscriptionResults.Of(item, PushOutcome.Updated, link.RemoteId, "Deleted in the BSS: the addition is cancelled, not deleted, so its billing history stays.",
                [new FieldChange("cancelledDate", null, date)]);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            return SubscriptionResults.Failed(item, kind, reason, link.RemoteId);
        }
    }

    private async Task<PushResult?> Guard(SubscriptionPlan plan, Func<Task<PushResult?>> work, CancellationToken cancellationToken)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (kind, reason) = PushFailureClassifier.Classify(e);
            _logger.LogWarning("Subscription {BssId} failed ({Kind}): {Reason}", plan.BssId, kind, reason);
            return SubscriptionResults.Failed(plan.Item, kind, reason, plan.Link?.RemoteId);
        }
    }

    private Task ForEachAsync<T>(IEnumerable<T> source, Func<T, CancellationToken, ValueTask> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(source, new ParallelOptions { MaxDegreeOfParallelism = _services.Context.MaxConcurrency, CancellationToken = cancellationToken }, body);
}
