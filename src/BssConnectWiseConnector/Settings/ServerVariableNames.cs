namespace BssConnectWiseConnector.Settings;

/// <summary>The names under which the host stores the connector's server variables and keys.</summary>
public static class ServerVariableNames
{
    /// <summary>The Manage site URL, such as <c>na.myconnectwise.net</c> or <c>https://api-na.myconnectwise.net</c>.</summary>
    public const string ConnectWiseUrl = "ConnectWiseUrl";

    /// <summary>The company id typed on the Manage login screen.</summary>
    public const string CompanyId = "CompanyId";

    /// <summary>The clientId (a GUID) from the ConnectWise Developer Network.</summary>
    public const string ClientId = "ClientId";

    /// <summary>The API member's public key.</summary>
    public const string PublicKey = "PublicKey";

    /// <summary>The API member's private key.</summary>
    public const string PrivateKey = "PrivateKey";

    /// <summary>The company status id given to imported accounts.</summary>
    public const string ImportAccountStatusId = "ImportAccountStatusId";

    /// <summary>The default product category id.</summary>
    public const string ProductCategoryId = "ProductCategoryId";

    /// <summary>The default product subcategory id.</summary>
    public const string ProductSubCategoryId = "ProductSubCategoryId";

    /// <summary>The default product unit of measure id.</summary>
    public const string ProductUnitOfMeasureId = "ProductUnitOfMeasureId";

    /// <summary>The default billable option of invoice items and agreement additions.</summary>
    public const string ProductBillableOption = "ProductBillableOption";

    /// <summary>The member id set as the sales representative of pushed orders.</summary>
    public const string SalesRepresentativeId = "SalesRepresentativeId";

    /// <summary>The BSS id of the credit-card payment method.</summary>
    public const string CreditCardMethodId = "CreditCardMethodId";

    /// <summary>The BSS id of the bank-deposit payment method.</summary>
    public const string BankDepositMethodId = "BankDepositMethodId";

    /// <summary>The ConnectWise payment <c>type</c> sent for a credit-card payment.</summary>
    public const string CreditCardPaymentType = "CreditCardPaymentType";

    /// <summary>The ConnectWise payment <c>type</c> sent for a bank deposit.</summary>
    public const string BankDepositPaymentType = "BankDepositPaymentType";

    /// <summary>What a subscription push does with seats, prices or costs changed by hand in ConnectWise.</summary>
    public const string SubscriptionDriftPolicy = "SubscriptionDriftPolicy";
}
