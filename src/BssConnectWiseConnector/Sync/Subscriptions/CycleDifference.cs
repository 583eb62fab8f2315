namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>What one customer's seats bill and cost per billing cycle in the BSS and in ConnectWise.</summary>
/// <param name="BillingCycle">The billing cycle.</param>
/// <param name="BssRevenue">What the BSS bills per cycle.</param>
/// <param name="ConnectWiseRevenue">What ConnectWise's additions bill per cycle.</param>
/// <param name="BssCost">What the seats cost per cycle in the BSS.</param>
/// <param name="ConnectWiseCost">What they cost per cycle in ConnectWise.</param>
internal sealed record CycleDifference(string BillingCycle, decimal BssRevenue, decimal ConnectWiseRevenue, decimal BssCost, decimal ConnectWiseCost)
{
    /// <summary>Gets how much more ConnectWise bills per cycle than the BSS (negative: less).</summary>
    public decimal RevenueDifference => ConnectWiseRevenue - BssRevenue;

    /// <summary>Gets how much more the seats cost per cycle in ConnectWise than in the BSS.</summary>
    public decimal CostDifference => ConnectWiseCost - BssCost;
}
