namespace BssConnectWiseConnector.Settings;

/// <summary>
/// Who owns an agreement addition's seats (and price and cost) when they were changed in ConnectWise since the last
/// push: the BSS (<see cref="BssWins"/>), nobody until someone settles it (<see cref="ReportOnly"/>), or ConnectWise
/// (<see cref="ConnectWiseWins"/>, the seat-billing seed's "the number of seats allocated is the number stored in ConnectWise").
/// </summary>
public enum SubscriptionDriftPolicy
{
    /// <summary>The BSS values overwrite ConnectWise's, and the result reports both values.</summary>
    BssWins,

    /// <summary>ConnectWise's values are left as they are, and the result reports both values until someone settles them.</summary>
    ReportOnly,

    /// <summary>
    /// ConnectWise's values are the truth: the Subscriptions pull brings them into the BSS subscription, and the push
    /// never sends them back (the fields of <see cref="ConnectWiseSubscriptionFields"/>).
    /// </summary>
    ConnectWiseWins,
}
