namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>
/// One subscription's seats in the BSS beside its addition's in ConnectWise; a side is empty when the other has no
/// counterpart (a subscription never pushed, or an addition no subscription claims).
/// </summary>
/// <param name="Customer">The customer's name.</param>
/// <param name="CompanyId">The ConnectWise company.</param>
/// <param name="BillingCycle">The billing cycle the amounts recur on.</param>
/// <param name="Label">The subscription or addition, as the report names it.</param>
/// <param name="Bss">Seats, price and cost per seat in the BSS (zero seats when cancelled), if the BSS has it.</param>
/// <param name="ConnectWise">Seats, price and cost per seat of the addition (zero seats when cancelled), if ConnectWise has it.</param>
internal sealed record SeatLine(string Customer, int CompanyId, string BillingCycle, string Label, Seats? Bss, Seats? ConnectWise)
{
    /// <summary>Gets whether the two sides differ in seats, price or cost.</summary>
    public bool Differs => Bss is null || ConnectWise is null
        ? (Bss ?? ConnectWise)!.Quantity != 0
        : Bss.Quantity != ConnectWise.Quantity || Bss.UnitPrice != ConnectWise.UnitPrice || Bss.UnitCost != ConnectWise.UnitCost;
}
