namespace BssConnectWiseConnector.Sync.Invoices;

/// <summary>The ConnectWise fields the connector owns on invoices and their lines.</summary>
internal static class InvoiceFields
{
    /// <summary>The invoice fields; others (set by hand in ConnectWise) are never touched.</summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "company", "type", "status", "date", "dueDate", "reference", "currency",
    ];

    /// <summary>The fields of an invoice line (a procurement product).</summary>
    public static readonly IReadOnlyList<string> Line =
    [
        "catalogItem", "description", "customerDescription", "quantity", "price", "billableOption", "sequenceNumber",
    ];
}
