using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// Which of an addition's drift fields (<see cref="DriftCheck.Fields"/>) each side owns under the instance's drift
/// policy: the fields ConnectWise owns are pulled into the BSS and never pushed back; the fields a push leaves as
/// ConnectWise holds them are those and, under ReportOnly, every drift field.
/// </summary>
internal static class SeatOwnership
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>(StringComparer.Ordinal);
    private static readonly IReadOnlySet<string> Seats = new HashSet<string>(["quantity"], StringComparer.Ordinal);
    private static readonly IReadOnlySet<string> All = new HashSet<string>(DriftCheck.Fields, StringComparer.Ordinal);

    /// <summary>Gets the addition fields ConnectWise owns: none unless the policy is ConnectWiseWins.</summary>
    /// <param name="settings">The instance's settings.</param>
    /// <returns>The fields, named as the addition names them (<c>quantity</c>, <c>unitPrice</c>, <c>unitCost</c>).</returns>
    public static IReadOnlySet<string> ConnectWiseOwned(ConnectWiseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.SubscriptionDriftPolicy != SubscriptionDriftPolicy.ConnectWiseWins ? None
            : settings.SubscriptionFieldsFromConnectWise == ConnectWiseSubscriptionFields.SeatsPriceAndCost ? All
            : Seats;
    }

    /// <summary>Gets the drift fields a push leaves as ConnectWise holds them when they drifted.</summary>
    /// <param name="settings">The instance's settings.</param>
    /// <returns>Every drift field under ReportOnly, the ConnectWise-owned ones under ConnectWiseWins, none under BssWins.</returns>
    public static IReadOnlySet<string> LeftInConnectWise(ConnectWiseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.SubscriptionDriftPolicy == SubscriptionDriftPolicy.ReportOnly ? All : ConnectWiseOwned(settings);
    }

    /// <summary>
    /// Gives a linked addition, as the push would send it, the ConnectWise-owned fields as last agreed (pushed or
    /// pulled), so the push never sends them back and a BSS-only edit of them is no change to push. An addition placed
    /// anew (never pushed, reactivated, or moved to another agreement) keeps the BSS values: ConnectWise has none yet.
    /// </summary>
    /// <param name="addition">The addition mapped from the BSS subscription.</param>
    /// <param name="state">What the subscription's link remembers, if anything.</param>
    /// <param name="key">The agreement the subscription belongs on now.</param>
    /// <param name="settings">The instance's settings.</param>
    /// <returns>The addition to push.</returns>
    public static Addition KeepAgreed(Addition addition, SubscriptionLinkState? state, AgreementKey key, ConnectWiseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(addition);
        var owned = ConnectWiseOwned(settings);
        if (owned.Count == 0 || state is null || state.Cancelled || state.Key != key)
        {
            return addition;
        }

        return addition with
        {
            Quantity = owned.Contains("quantity") ? state.Number("quantity") ?? addition.Quantity : addition.Quantity,
            UnitPrice = owned.Contains("unitPrice") ? state.Number("unitPrice") ?? addition.UnitPrice : addition.UnitPrice,
            UnitCost = owned.Contains("unitCost") ? state.Number("unitCost") ?? addition.UnitCost : addition.UnitCost,
        };
    }
}
