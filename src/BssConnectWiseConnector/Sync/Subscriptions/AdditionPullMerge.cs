using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Merges a pulled agreement addition into its linked BSS subscription, by the instance's drift policy. The base is
/// what the link remembers (the addition as last pushed or pulled). Under ConnectWiseWins the fields ConnectWise owns
/// (<see cref="SeatOwnership.ConnectWiseOwned"/>) are taken into the BSS when ConnectWise changed them since the base,
/// a BSS edit of them too being reported as a conflict that ConnectWise won; the link then agrees with what was taken,
/// so the next push is Unchanged at no request. One ConnectWise did not change is left as the BSS holds it: a pull never
/// overwrites what it did not see change (an incremental read would not even see it), the push never sends a BSS edit
/// of it, and <c>check</c> bills ConnectWise's count. A field ConnectWise changed that it does not own is reported, never taken: under
/// ReportOnly nothing is changed, under ConnectWiseWins the push overwrites it. A cancellation made in ConnectWise is
/// reported and changes nothing. Pure: no I/O.
/// </summary>
internal static class AdditionPullMerge
{
    /// <summary>The field group of the seats, as conflicts name it.</summary>
    public const string SeatsGroup = "Seats";

    /// <summary>The field group of the price and cost per seat, as conflicts name it.</summary>
    public const string PricesGroup = "Prices";

    /// <summary>Merges one addition.</summary>
    /// <param name="addition">The addition as ConnectWise holds it now.</param>
    /// <param name="link">The subscription's link to it.</param>
    /// <param name="state">What the link remembers.</param>
    /// <param name="subscription">The BSS subscription now.</param>
    /// <param name="settings">The instance's settings.</param>
    /// <returns>What the host stores.</returns>
    public static PulledRecord<Subscription> Merge(Addition addition, IntegrationLink link, SubscriptionLinkState state, Subscription subscription, ConnectWiseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(addition);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(settings);
        var policy = settings.SubscriptionDriftPolicy;
        if (addition.CancelledDate is { } cancelled && !state.Cancelled && !AdditionMapper.IsCancelled(subscription))
        {
            var on = cancelled.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new PulledRecord<Subscription>(subscription, link.RemoteId, false)
            {
                Unchanged = true,
                Conflicts =
                [
                    new FieldConflict("cancelledDate", SeatsGroup, null, null, on, policy == SubscriptionDriftPolicy.BssWins
                        ? $"The addition was cancelled in ConnectWise on {on} while the subscription is active in the BSS; nothing changed in the BSS, and the next push lifts the cancellation (drift policy BssWins)."
                        : $"The addition was cancelled in ConnectWise on {on} while the subscription is active in the BSS; nothing changed in the BSS and the push leaves it cancelled (drift policy {policy}): cancel the subscription in the BSS, or lift the cancellation in ConnectWise."),
                ],
            };
        }

        // A price kept as set in ConnectWise (billing rule priceFrom) is ConnectWise's: taken under ConnectWiseWins, never reported otherwise.
        var kept = PriceOwnership.Kept(state.Payload);
        var byPolicy = SeatOwnership.ConnectWiseOwned(policy, settings.SubscriptionFieldsFromConnectWise);
        var owned = policy == SubscriptionDriftPolicy.ConnectWiseWins ? byPolicy.Union(kept).ToHashSet(StringComparer.Ordinal) : byPolicy;
        var merged = subscription;
        var agreed = (JObject)state.Payload.DeepClone();
        var agreedAddition = (JObject)agreed[SubscriptionLinkState.AdditionProperty]!;
        var conflicts = new List<FieldConflict>();
        foreach (var field in DriftCheck.Fields)
        {
            var inConnectWise = DriftCheck.Current(addition, field);
            var atBase = state.Number(field);
            var inBss = BssValue(subscription, field);
            var group = field == "quantity" ? SeatsGroup : PricesGroup;
            if (owned.Contains(field))
            {
                if (inConnectWise is not { } taken || (atBase is not null && taken == atBase))
                {
                    // ConnectWise holds nothing to take, or nothing it changed: the BSS value stays, and so does what was agreed.
                    continue;
                }

                if (inBss != taken)
                {
                    merged = With(merged, field, taken);
                    if (atBase is not null && inBss != atBase)
                    {
                        conflicts.Add(new FieldConflict(field, group, DriftCheck.Text(atBase), DriftCheck.Text(inBss), DriftCheck.Text(taken),
                            $"Took the ConnectWise value (drift policy ConnectWiseWins: ConnectWise owns {field}, so the BSS edit is never pushed)."));
                    }
                }

                if (atBase != taken)
                {
                    agreedAddition[field] = new JValue(taken);
                }
            }
            else if (policy != SubscriptionDriftPolicy.BssWins && !kept.Contains(field) && inConnectWise != atBase && inConnectWise != inBss)
            {
                conflicts.Add(new FieldConflict(field, group, DriftCheck.Text(atBase), DriftCheck.Text(inBss), DriftCheck.Text(inConnectWise),
                    policy == SubscriptionDriftPolicy.ReportOnly
                        ? "Nothing changed (drift policy ReportOnly): the BSS keeps its value and ConnectWise its own until one side is edited to settle it."
                        : $"Nothing changed in the BSS: ConnectWise owns only {string.Join(", ", owned)}, so the next push overwrites {field} with the BSS value."));
            }
        }

        var changedAgreement = !JToken.DeepEquals(agreed, state.Payload);
        var hash = !changedAgreement ? link.PayloadHash
            : link.PayloadHash == SubscriptionLinkState.Hash(state.Payload) ? SubscriptionLinkState.Hash(agreed)
            : link.PayloadHash;
        return new PulledRecord<Subscription>(merged, link.RemoteId, false)
        {
            Unchanged = merged == subscription,
            Agreed = changedAgreement ? new AgreedState(new SubscriptionLinkState(state.AgreementId, agreed).ToText(), hash) : null,
            Conflicts = conflicts,
        };
    }

    private static decimal? BssValue(Subscription subscription, string field) => field switch
    {
        "quantity" => subscription.Quantity,
        "unitPrice" => subscription.UnitPrice,
        _ => subscription.UnitCost,
    };

    private static Subscription With(Subscription subscription, string field, decimal value) => field switch
    {
        "quantity" => subscription with { Quantity = value },
        "unitPrice" => subscription with { UnitPrice = value },
        _ => subscription with { UnitCost = value },
    };
}
