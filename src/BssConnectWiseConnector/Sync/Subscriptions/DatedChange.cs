namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>The date a change is sent with, against the date the BSS gave it.</summary>
/// <param name="Date">The date sent to ConnectWise.</param>
/// <param name="Wanted">The date of the change in the BSS (start, cancelled date, or the time of the change).</param>
/// <param name="Shift">Why the two differ, if they do.</param>
/// <param name="LastInvoiceDate">The agreement's last invoice date, if any.</param>
/// <param name="CycleMonths">The months of the agreement's billing period.</param>
internal sealed record DatedChange(DateOnly Date, DateOnly Wanted, DateShift Shift, DateOnly? LastInvoiceDate, int CycleMonths);
