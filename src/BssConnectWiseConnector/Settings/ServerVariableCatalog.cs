using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Payments;

namespace BssConnectWiseConnector.Settings;

/// <summary>
/// Every server variable of the connector, declared once: the manifest, the JSON Schema under <c>schemas/</c>
/// and the settings parser are all built from this list.
/// </summary>
public static class ServerVariableCatalog
{
    private const string Authentication = "Authentication";
    private const string Synchronization = "Synchronization";
    private const string AllModules = "All modules";

    /// <summary>Gets the definitions in the order a settings page shows them.</summary>
    public static IReadOnlyList<ServerVariableDefinition> All { get; } =
    [
        Define(ServerVariableNames.ConnectWiseUrl, "ConnectWise URL", ServerVariableType.Url, true, [Authentication, Synchronization],
            "The Manage site of the integrating instance, as in the browser (na.myconnectwise.net) or the API host (https://api-na.myconnectwise.net); a full URL ending in /apis/3.0/ pins the codebase."),
        Define(ServerVariableNames.CompanyId, "Company ID", ServerVariableType.Text, true, [Authentication],
            "The Company field of the Manage login screen."),
        Define(ServerVariableNames.PublicKey, "Public key", ServerVariableType.Text, true, [Authentication],
            "The public key of the API member's API key (System > Members > API Members > API Keys)."),
        Define(ServerVariableNames.PrivateKey, "Private key", ServerVariableType.Secret, true, [Authentication],
            "The private key shown once when the API key is created. Write-only: it is never shown again.", secret: true),
        Define(ServerVariableNames.ClientId, "Client Id", ServerVariableType.Guid, true, [AllModules],
            "The clientId (a GUID) registered on the ConnectWise Developer Network; ConnectWise requires it on every call.", secret: true),
        Define(ServerVariableNames.ImportAccountStatusId, "Import Account status id", ServerVariableType.RemoteId, true, [BssModules.Accounts],
            "Company status of accounts imported from the BSS: the internal id of a value of the setup table Company Status."),
        Define(ServerVariableNames.ProductCategoryId, "Product Category", ServerVariableType.RemoteId, false, [BssModules.Products],
            "Default category of products whose unit type is not mapped: the internal id of a value of the setup table Category (Products)."),
        Define(ServerVariableNames.ProductSubCategoryId, "Product SubCategory", ServerVariableType.RemoteId, false, [BssModules.Products],
            "Default subcategory of products whose unit type is not mapped: the internal id of a value of the setup table SubCategory (Products)."),
        Define(ServerVariableNames.ProductUnitOfMeasureId, "Product Unit of measure", ServerVariableType.RemoteId, false, [BssModules.Products],
            "Unit of measure of products: the internal id of a value of the setup table UOM (Products)."),
        Define(ServerVariableNames.ProductBillableOption, "Product Billable Option", ServerVariableType.Enumeration, false, ["Invoice items", BssModules.Subscriptions],
            "Billable option of invoice items and agreement additions.", defaultValue: nameof(BillableOption.Billable),
            allowed: [nameof(BillableOption.Billable), nameof(BillableOption.DoNotBill), nameof(BillableOption.NoCharge)]),
        Define(ServerVariableNames.SalesRepresentativeId, "Sales Representative", ServerVariableType.RemoteId, false, [BssModules.Orders],
            "Sales representative of orders imported from the BSS: the internal id of a member (System > Members)."),
        Define(ServerVariableNames.CreditCardMethodId, "Credit card method id", ServerVariableType.BssId, false, [BssModules.Payments],
            "The BSS id of the credit-card payment method; payments made with it become credit-card payments."),
        Define(ServerVariableNames.BankDepositMethodId, "Bank deposit method id", ServerVariableType.BssId, false, [BssModules.Payments],
            "The BSS id of the bank-deposit payment method; payments made with it become bank deposits."),
        Define(ServerVariableNames.CreditCardPaymentType, "Credit card payment type", ServerVariableType.Text, false, [BssModules.Payments],
            "The ConnectWise payment type sent for credit-card payments. No ConnectWise source lists the values; the conformance command shows the types this site's own payments use.",
            defaultValue: PaymentTypes.DefaultCreditCard),
        Define(ServerVariableNames.BankDepositPaymentType, "Bank deposit payment type", ServerVariableType.Text, false, [BssModules.Payments],
            "The ConnectWise payment type sent for bank deposits. No ConnectWise source lists the values; the conformance command shows the types this site's own payments use.",
            defaultValue: PaymentTypes.DefaultBankDeposit),
        Define(ServerVariableNames.SubscriptionDriftPolicy, "Subscription drift policy", ServerVariableType.Enumeration, false, [BssModules.Subscriptions],
            "What a push does when an agreement addition's seats, price or cost were changed in ConnectWise since the last push: BssWins overwrites them with the BSS values, ReportOnly leaves them; both report the two values.",
            defaultValue: nameof(Settings.SubscriptionDriftPolicy.BssWins),
            allowed: [nameof(Settings.SubscriptionDriftPolicy.BssWins), nameof(Settings.SubscriptionDriftPolicy.ReportOnly)]),
    ];

    /// <summary>Finds a definition by name.</summary>
    /// <param name="name">The server variable's name.</param>
    /// <returns>The definition, or <see langword="null"/>.</returns>
    public static ServerVariableDefinition? Find(string name) => All.FirstOrDefault(d => d.Name == name);

    private static ServerVariableDefinition Define(
        string name,
        string displayName,
        ServerVariableType type,
        bool required,
        IReadOnlyList<string> usedFor,
        string description,
        bool secret = false,
        string? defaultValue = null,
        IReadOnlyList<string>? allowed = null) =>
        new(name, displayName, type, required, defaultValue, secret, usedFor, description, allowed ?? []);
}
