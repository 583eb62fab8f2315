namespace BssConnectWiseConnector.Settings;

/// <summary>The billable option ConnectWise gives invoice items and agreement additions.</summary>
public enum BillableOption
{
    /// <summary>Billed to the customer.</summary>
    Billable,

    /// <summary>Not billed.</summary>
    DoNotBill,

    /// <summary>Shown on the invoice at no charge.</summary>
    NoCharge,
}
