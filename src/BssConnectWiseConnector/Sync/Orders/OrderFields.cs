namespace BssConnectWiseConnector.Sync.Orders;

/// <summary>The ConnectWise fields the connector owns on sales orders and their lines.</summary>
internal static class OrderFields
{
    /// <summary>The sales order fields; others (set by hand in ConnectWise) are never touched.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "company", "contact", "status", "salesRep", "orderDate", "dueDate", "poNumber", "currency", "description",
    ];

    /// <summary>The fields of an order line (a procurement product).</summary>
    public static readonly IReadOnlyList<string> Line =
    [
        "catalogItem", "description", "customerDescription", "quantity", "price", "cost", "billableOption", "sequenceNumber",
    ];
}
