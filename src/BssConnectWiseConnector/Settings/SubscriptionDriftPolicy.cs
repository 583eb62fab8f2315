namespace BssConnectWiseConnector.Settings;

/// <summary>Who owns an agreement addition's seats, price and cost that were changed in ConnectWise since the last push.</summary>
public enum SubscriptionDriftPolicy
{
    /// <summary>The BSS values overwrite ConnectWise's, and the result reports both values.</summary>
    BssWins,

    /// <summary>ConnectWise's values are left as they are, and the result reports both values until someone settles them.</summary>
    ReportOnly,

    /// <summary>ConnectWise's values (<see cref="ConnectWiseSubscriptionFields"/>) are pulled into the BSS and never pushed back.</summary>
    ConnectWiseWins,
}
