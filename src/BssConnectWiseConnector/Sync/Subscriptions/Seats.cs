namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>A number of seats and their price and cost per seat.</summary>
/// <param name="Quantity">The seats.</param>
/// <param name="UnitPrice">The price per seat.</param>
/// <param name="UnitCost">The cost per seat.</param>
/// <param name="LessIncluded">The seats included in the base price, not billed per seat.</param>
/// <param name="Billed">Whether the seats are billed (Billable), rather than DoNotBill or NoCharge.</param>
internal sealed record Seats(decimal Quantity, decimal UnitPrice, decimal UnitCost, decimal LessIncluded = 0m, bool Billed = true)
{
    /// <summary>Gets what the seats bill per cycle: the seats beyond those included, when billed at all.</summary>
    public decimal Revenue => Billed ? Math.Max(0m, Quantity - LessIncluded) * UnitPrice : 0m;

    /// <summary>Gets what the seats cost per cycle.</summary>
    public decimal Cost => Quantity * UnitCost;
}
