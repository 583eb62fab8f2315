using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>Which drift fields (<see cref="DriftCheck.Fields"/>) ConnectWise owns under the drift policy: pulled into the BSS, never pushed back.</summary>
internal static class SeatOwnership
{
    private static readonly HashSet<string> None = [];
    private static readonly HashSet<string> Seats = ["quantity"];
    private static readonly HashSet<string> All = [.. DriftCheck.Fields];

    /// <summary>Gets the fields ConnectWise owns: none unless the policy is ConnectWiseWins.</summary>
    /// <param name="policy">The Subscription Drift Policy.</param>
    /// <param name="fields">The fields ConnectWise owns under ConnectWiseWins.</param>
    /// <returns>The addition's field names.</returns>
    public static IReadOnlySet<string> ConnectWiseOwned(SubscriptionDriftPolicy policy, ConnectWiseSubscriptionFields fields) =>
        policy != SubscriptionDriftPolicy.ConnectWiseWins ? None : fields == ConnectWiseSubscriptionFields.SeatsPriceAndCost ? All : Seats;

    /// <summary>Gets the drifted fields a push leaves as ConnectWise holds them: all under ReportOnly, ConnectWise's own under ConnectWiseWins.</summary>
    /// <param name="policy">The Subscription Drift Policy.</param>
    /// <param name="fields">The fields ConnectWise owns under ConnectWiseWins.</param>
    /// <returns>The addition's field names.</returns>
    public static IReadOnlySet<string> LeftInConnectWise(SubscriptionDriftPolicy policy, ConnectWiseSubscriptionFields fields) =>
        policy == SubscriptionDriftPolicy.ReportOnly ? All : ConnectWiseOwned(policy, fields);

    /// <summary>
    /// Gives a linked addition the fields ConnectWise owns as last agreed, so the push never sends them back and a BSS
    /// edit of them is no change; an addition placed anew (never pushed, reactivated, moved) keeps the BSS values.
    /// </summary>
    /// <param name="addition">The addition mapped from the subscription.</param>
    /// <param name="state">What the link remembers, if anything.</param>
    /// <param name="key">The agreement the subscription belongs on now.</param>
    /// <param name="owned">The fields ConnectWise owns, with the prices the subscription's billing rule keeps as set there (<see cref="PriceOwnership"/>).</param>
    /// <returns>The addition to push.</returns>
    public static Addition KeepAgreed(Addition addition, SubscriptionLinkState? state, AgreementKey key, IReadOnlySet<string> owned)
    {
        return owned.Count == 0 || state is null || state.Cancelled || state.Key != key ? addition : addition with
        {
            Quantity = owned.Contains("quantity") ? state.Number("quantity") ?? addition.Quantity : addition.Quantity,
            UnitPrice = owned.Contains("unitPrice") ? state.Number("unitPrice") ?? addition.UnitPrice : addition.UnitPrice,
            UnitCost = owned.Contains("unitCost") ? state.Number("unitCost") ?? addition.UnitCost : addition.UnitCost,
        };
    }
}
