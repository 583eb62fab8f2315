using System.Globalization;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Chooses, for the subscriptions of one agreement that have no addition yet, the active additions they adopt
/// instead of creating duplicates: first the one its own link names, then one tagged with the subscription (custom field or description), then one of
/// the same product that no link claims and no other subscription is tagged on. When a product has more such
/// additions than subscriptions, none is guessed: each subscription gets a Conflict naming them. Pure: no I/O.
/// </summary>
internal static class AdditionMatcher
{
    /// <summary>Matches subscriptions to additions.</summary>
    /// <param name="agreementId">The agreement.</param>
    /// <param name="additions">Its additions as ConnectWise holds them.</param>
    /// <param name="plans">The subscriptions that need an addition there, in batch order.</param>
    /// <param name="claimedBy">The subscription each linked addition belongs to, by addition id.</param>
    /// <param name="today">Today, for additions cancelled in the future (still active).</param>
    /// <returns>The decision of each plan, by its index in the batch.</returns>
    public static IReadOnlyDictionary<int, AdditionMatch> Match(
        int agreementId,
        IReadOnlyList<Addition> additions,
        IReadOnlyList<SubscriptionPlan> plans,
        IReadOnlyDictionary<int, string> claimedBy,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(additions);
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(claimedBy);
        var ids = plans.Select(p => p.BssId).ToArray();
        var taken = new HashSet<int>();
        var decisions = new Dictionary<int, AdditionMatch>();
        var active = additions
            .Where(a => a.Id is not null && (a.CancelledDate is null || DateOnly.FromDateTime(a.CancelledDate.Value.UtcDateTime) > today))
            .ToArray();

        foreach (var plan in plans)
        {
            // Its own link first (a link without a snapshot, such as one made by hand), then its tag.
            var tagged = active.FirstOrDefault(a => !taken.Contains(a.Id!.Value) && claimedBy.TryGetValue(a.Id!.Value, out var owner) && string.Equals(owner, plan.BssId, StringComparison.Ordinal))
                ?? active.FirstOrDefault(a => !taken.Contains(a.Id!.Value) && Free(a, plan, claimedBy)
                && string.Equals(SubscriptionTags.OwnerOf(a, ids), plan.BssId, StringComparison.Ordinal));
            if (tagged is not null)
            {
                taken.Add(tagged.Id!.Value);
                decisions[plan.Index] = new AdditionMatch(tagged, null);
            }
        }

        foreach (var product in plans.Where(p => !decisions.ContainsKey(p.Index)).GroupBy(p => p.Payload.Addition.Product?.Id))
        {
            var waiting = product.ToList();
            var candidates = active
                .Where(a => a.Product?.Id == product.Key && !taken.Contains(a.Id!.Value) && !claimedBy.ContainsKey(a.Id!.Value) && SubscriptionTags.OwnerOf(a, ids) is null)
                .ToList();
            if (candidates.Count > waiting.Count)
            {
                var names = string.Join(", ", candidates.Select(a => string.Create(CultureInfo.InvariantCulture, $"#{a.Id} ({DriftCheck.Text(a.Quantity)} seats)")));
                var reason = string.Create(
                    CultureInfo.InvariantCulture,
                    $"Agreement #{agreementId} has {candidates.Count} active additions of catalog item #{product.Key} that no subscription claims ({names}), more than the {waiting.Count} {(waiting.Count == 1 ? "subscription that needs" : "subscriptions that need")} one; cancel the duplicates in ConnectWise or set the \"{SubscriptionTags.IdCaption}\" custom field of the right one to the BSS subscription id.");
                foreach (var plan in waiting)
                {
                    decisions[plan.Index] = new AdditionMatch(null, reason);
                }

                continue;
            }

            foreach (var candidate in candidates)
            {
                // The same seat count is the likelier owner when several subscriptions share a product.
                var plan = waiting.FirstOrDefault(p => p.Payload.Addition.Quantity == candidate.Quantity) ?? waiting[0];
                waiting.Remove(plan);
                decisions[plan.Index] = new AdditionMatch(candidate, null);
            }

            foreach (var plan in waiting)
            {
                decisions[plan.Index] = AdditionMatch.Create;
            }
        }

        return decisions;
    }

    private static bool Free(Addition addition, SubscriptionPlan plan, IReadOnlyDictionary<int, string> claimedBy) =>
        !claimedBy.TryGetValue(addition.Id!.Value, out var owner) || string.Equals(owner, plan.BssId, StringComparison.Ordinal);
}
