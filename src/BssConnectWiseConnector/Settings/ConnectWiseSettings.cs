namespace BssConnectWiseConnector.Settings;

/// <summary>
/// The parsed, validated and immutable settings of one connector instance: plain values, what a module reads. Each
/// property is filled by the server variable of <see cref="ServerVariableCatalog"/> that declares its name, default
/// and parser; how they are parsed is not this record's business (nor part of a module's read).
/// </summary>
public sealed record ConnectWiseSettings
{
    /// <summary>The default ConnectWise payment type of a credit-card payment (ConnectWise does not list the values).</summary>
    public const string DefaultCreditCardPaymentType = "CreditCard";

    /// <summary>The default ConnectWise payment type of a bank deposit.</summary>
    public const string DefaultBankDepositPaymentType = "BankDeposit";

    /// <summary>Gets the site and, when typed, its codebase.</summary>
    public required ConnectWiseSite Site { get; init; }

    /// <summary>Gets the company id of the login screen.</summary>
    public required string CompanyId { get; init; }

    /// <summary>Gets the API member's public key.</summary>
    public required string PublicKey { get; init; }

    /// <summary>Gets the API member's private key. Never log or report it.</summary>
    public required string PrivateKey { get; init; }

    /// <summary>Gets the clientId. Never log or report it.</summary>
    public required Guid ClientId { get; init; }

    /// <summary>Gets the company status id of imported accounts.</summary>
    public required int ImportAccountStatusId { get; init; }

    /// <summary>Gets the default product category id.</summary>
    public int? ProductCategoryId { get; init; }

    /// <summary>Gets the default product subcategory id.</summary>
    public int? ProductSubCategoryId { get; init; }

    /// <summary>Gets the product unit of measure id.</summary>
    public int? ProductUnitOfMeasureId { get; init; }

    /// <summary>Gets the billable option of invoice items and agreement additions.</summary>
    public BillableOption ProductBillableOption { get; init; }

    /// <summary>Gets the member id of the sales representative of orders.</summary>
    public int? SalesRepresentativeId { get; init; }

    /// <summary>Gets the BSS id of the credit-card payment method.</summary>
    public string? CreditCardMethodId { get; init; }

    /// <summary>Gets the BSS id of the bank-deposit payment method.</summary>
    public string? BankDepositMethodId { get; init; }

    /// <summary>Gets the ConnectWise payment type sent for credit-card payments.</summary>
    public string CreditCardPaymentType { get; init; } = DefaultCreditCardPaymentType;

    /// <summary>Gets the ConnectWise payment type sent for bank deposits.</summary>
    public string BankDepositPaymentType { get; init; } = DefaultBankDepositPaymentType;

    /// <summary>Gets what a subscription push does with seats, prices or costs changed by hand in ConnectWise.</summary>
    public SubscriptionDriftPolicy SubscriptionDriftPolicy { get; init; }

    /// <summary>Gets which addition fields ConnectWise owns when <see cref="SubscriptionDriftPolicy"/> is <see cref="SubscriptionDriftPolicy.ConnectWiseWins"/>.</summary>
    public ConnectWiseSubscriptionFields SubscriptionFieldsFromConnectWise { get; init; }

    /// <summary>Gets the most requests per sliding minute, or <see langword="null"/> for the connector's default (600).</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>Gets who owns each field group of the modules a pull merges (accounts, contacts, products).</summary>
    internal FieldOwnership FieldOwnership { get; init; } = new();

    /// <inheritdoc />
    public override string ToString() => $"ConnectWiseSettings {{ Site = {Site.SiteUrl}, CompanyId = {CompanyId} }}";
}
