namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>Who sets an addition's price and cost per seat (the billing rule <c>priceFrom</c>).</summary>
internal enum PriceSource
{
    /// <summary>The BSS: sent on every change (today's behaviour).</summary>
    Bss,

    /// <summary>ConnectWise: the BSS's sent when the addition is created, then kept as set in ConnectWise.</summary>
    ConnectWise,
}
