namespace BssConnectWiseConnector.Sync.Invoices;

/// <summary>The ConnectWise fields the connector owns on invoices and their lines.</summary>
internal static class InvoiceFields
{
    /// <summary>
    /// The invoice fields patched when the BSS changes them; others (set by hand in ConnectWise) are never touched.
    /// The type and company are set on create only (<see cref="CreateOnly"/>).
    /// </summary>
    public static readonly IReadOnlyList<string> Header =
    [
        "status", "date", "dueDate", "reference", "currency",
    ];

    /// <summary>
    /// The fields sent on create and never patched: ConnectWise cannot change a saved invoice's type, and the company
    /// is the invoice's owner. A later BSS change of either is a conflict.
    /// </summary>
    public static readonly IReadOnlyList<string> CreateOnly = ["type", "company"];

    /// <summary>The fields of an invoice line (a procurement product).</summary>
    public static readonly IReadOnlyList<string> Line =
    [
        "catalogItem", "description", "customerDescription", "quantity", "price", "billableOption", "sequenceNumber",
    ];
}
