namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>A number of seats and their price and cost per seat.</summary>
/// <param name="Quantity">The seats.</param>
/// <param name="UnitPrice">The price per seat.</param>
/// <param name="UnitCost">The cost per seat.</param>
internal sealed record Seats(decimal Quantity, decimal UnitPrice, decimal UnitCost)
{
    /// <summary>Gets what the seats bill per cycle.</summary>
    public decimal Revenue => Quantity * UnitPrice;

    /// <summary>Gets what the seats cost per cycle.</summary>
    public decimal Cost => Quantity * UnitCost;
}
