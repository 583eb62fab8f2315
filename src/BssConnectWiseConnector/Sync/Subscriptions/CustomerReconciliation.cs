namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>One customer's seats in the BSS against ConnectWise, per billing cycle, with the lines that differ.</summary>
/// <param name="Customer">The customer's name.</param>
/// <param name="CompanyId">The ConnectWise company.</param>
/// <param name="Cycles">The amounts per billing cycle.</param>
/// <param name="Differences">The lines whose seats, price or cost differ.</param>
internal sealed record CustomerReconciliation(string Customer, int CompanyId, IReadOnlyList<CycleDifference> Cycles, IReadOnlyList<SeatLine> Differences)
{
    /// <summary>Gets whether anything differs.</summary>
    public bool HasDifference => Differences.Count > 0;
}
