namespace BssConnectWiseConnector.Lookups;

/// <summary>The names of the connector's lookup tables.</summary>
public static class LookupNames
{
    /// <summary>Account type → company type.</summary>
    public const string AccountType = "AccountType";

    /// <summary>Currency → currency id.</summary>
    public const string Currency = "Currency";

    /// <summary>Invoice stage → invoice (billing) status.</summary>
    public const string InvoiceStage = "InvoiceStage";

    /// <summary>Invoice type → invoice type.</summary>
    public const string InvoiceType = "InvoiceType";

    /// <summary>Product type → product type.</summary>
    public const string ProductType = "ProductType";

    /// <summary>Unit type → product subcategory.</summary>
    public const string UnitType = "UnitType";

    /// <summary>Order stage → order status.</summary>
    public const string OrderStage = "OrderStage";

    /// <summary>Billing cycle → agreement type.</summary>
    public const string BillingCycle = "BillingCycle";
}
