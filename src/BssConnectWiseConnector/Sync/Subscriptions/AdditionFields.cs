namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>The fields of an agreement addition the connector owns; others (set by hand in ConnectWise) are never touched.</summary>
internal static class AdditionFields
{
    /// <summary>Gets the owned fields.</summary>
    public static IReadOnlyList<string> Managed { get; } =
    [
        "product", "quantity", "unitPrice", "unitCost", "billCustomer", "effectiveDate", "cancelledDate", "description", "invoiceDescription",
    ];
}
