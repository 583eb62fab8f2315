namespace BssConnectWiseConnector.Settings;

/// <summary>What a push does when an agreement addition's seats, price or cost were changed in ConnectWise since the last push.</summary>
public enum SubscriptionDriftPolicy
{
    /// <summary>The BSS values overwrite ConnectWise's, and the result reports both values.</summary>
    BssWins,

    /// <summary>ConnectWise's values are left as they are, and the result reports both values until someone settles them.</summary>
    ReportOnly,
}
