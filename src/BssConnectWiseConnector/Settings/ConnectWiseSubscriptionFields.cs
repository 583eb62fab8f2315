namespace BssConnectWiseConnector.Settings;

/// <summary>Which addition fields ConnectWise owns under the drift policy <see cref="SubscriptionDriftPolicy.ConnectWiseWins"/>.</summary>
public enum ConnectWiseSubscriptionFields
{
    /// <summary>The seats (the addition's quantity) only; the BSS keeps pushing price and cost per seat.</summary>
    Seats,

    /// <summary>The seats, the price per seat and the cost per seat.</summary>
    SeatsPriceAndCost,
}
