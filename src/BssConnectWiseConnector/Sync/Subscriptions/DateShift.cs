namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>Why a change is sent with another date than the BSS gave it.</summary>
internal enum DateShift
{
    /// <summary>Sent with its own date.</summary>
    None,

    /// <summary>Its date falls in a period ConnectWise already invoiced: it is applied from the next period.</summary>
    InvoicedPeriod,

    /// <summary>The agreement does not prorate: a mid-period change takes effect at the next period start.</summary>
    NoProration,
}
