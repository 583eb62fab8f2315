using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Merge;

namespace BssConnectWiseConnector.Settings;

/// <summary>
/// Every server variable of the connector, each declared once with its name, label, type, whether it is required,
/// its default, whether it is secret, what reads it, its parser and the setting it fills. The manifest, the JSON
/// Schema under <c>schemas/</c> (<see cref="SettingsSchemaBuilder"/>) and <see cref="ConnectWiseSettingsParser"/> are
/// all built from this list.
/// </summary>
public static class ServerVariableCatalog
{
    private const string Authentication = "Authentication";
    private const string Synchronization = "Synchronization";
    private const string AllModules = "All modules";

    /// <summary>Gets the Manage site URL, such as <c>na.myconnectwise.net</c> or <c>https://api-na.myconnectwise.net</c>.</summary>
    public static ServerVariable<ConnectWiseSite> ConnectWiseUrl { get; } = Declare(
        "ConnectWiseUrl", "ConnectWise URL", ServerVariableType.Url, true, [Authentication, Synchronization],
        "The Manage site of the integrating instance, as in the browser (na.myconnectwise.net) or the API host (https://api-na.myconnectwise.net); a full URL ending in /apis/3.0/ pins the codebase.",
        ServerVariableParsers.Site, (s, v) => s with { Site = v }, s => s.Site?.SiteUrl,
        missingMessage: "is required: the address of your Manage site, such as na.myconnectwise.net.");

    /// <summary>Gets the company id typed on the Manage login screen.</summary>
    public static ServerVariable<string> CompanyId { get; } = Declare(
        "CompanyId", "Company ID", ServerVariableType.Text, true, [Authentication],
        "The Company field of the Manage login screen.",
        ServerVariableParsers.TextWhere(v => v.Contains('+', StringComparison.Ordinal) || v.Contains(':', StringComparison.Ordinal) || v.Any(char.IsWhiteSpace)
            ? "must not contain '+', ':' or spaces; type the Company field of the Manage login screen."
            : null),
        (s, v) => s with { CompanyId = v }, s => s.CompanyId);

    /// <summary>Gets the API member's public key.</summary>
    public static ServerVariable<string> PublicKey { get; } = Declare(
        "PublicKey", "Public key", ServerVariableType.Text, true, [Authentication],
        "The public key of the API member's API key (System > Members > API Members > API Keys).",
        ServerVariableParsers.TextWhere(v => v.Contains(':', StringComparison.Ordinal)
            ? "must not contain ':'; copy the public key of the API member's key exactly."
            : null),
        (s, v) => s with { PublicKey = v }, s => s.PublicKey);

    /// <summary>Gets the API member's private key.</summary>
    public static ServerVariable<string> PrivateKey { get; } = Declare(
        "PrivateKey", "Private key", ServerVariableType.Secret, true, [Authentication],
        "The private key shown once when the API key is created. Write-only: it is never shown again.",
        ServerVariableParsers.Text, (s, v) => s with { PrivateKey = v }, s => s.PrivateKey, secret: true);

    /// <summary>Gets the clientId (a GUID) from the ConnectWise Developer Network.</summary>
    public static ServerVariable<Guid> ClientId { get; } = Declare(
        "ClientId", "Client Id", ServerVariableType.Guid, true, [AllModules],
        "The clientId (a GUID) registered on the ConnectWise Developer Network; ConnectWise requires it on every call.",
        ServerVariableParsers.ClientId, (s, v) => s with { ClientId = v }, s => s.ClientId, secret: true,
        missingMessage: "is required: ConnectWise rejects every call without the clientId registered on the Developer Network.");

    /// <summary>Gets the company status id given to imported accounts.</summary>
    public static ServerVariable<int> ImportAccountStatusId { get; } = Declare(
        "ImportAccountStatusId", "Import Account Id", ServerVariableType.RemoteId, true, [BssModules.Accounts],
        "Company status of accounts imported from the BSS: the internal id of a value of the setup table Company Status.",
        ServerVariableParsers.RemoteId, (s, v) => s with { ImportAccountStatusId = v }, s => s.ImportAccountStatusId);

    /// <summary>Gets the default product category id.</summary>
    public static ServerVariable<int> ProductCategoryId { get; } = Declare(
        "ProductCategoryId", "Product Category", ServerVariableType.RemoteId, false, [BssModules.Products],
        "Default category of products whose unit type is not mapped: the internal id of a value of the setup table Category (Products).",
        ServerVariableParsers.RemoteId, (s, v) => s with { ProductCategoryId = v }, s => s.ProductCategoryId);

    /// <summary>Gets the default product subcategory id.</summary>
    public static ServerVariable<int> ProductSubCategoryId { get; } = Declare(
        "ProductSubCategoryId", "Product SubCategory", ServerVariableType.RemoteId, false, [BssModules.Products],
        "Default subcategory of products whose unit type is not mapped: the internal id of a value of the setup table SubCategory (Products).",
        ServerVariableParsers.RemoteId, (s, v) => s with { ProductSubCategoryId = v }, s => s.ProductSubCategoryId);

    /// <summary>Gets the default product unit of measure id.</summary>
    public static ServerVariable<int> ProductUnitOfMeasureId { get; } = Declare(
        "ProductUnitOfMeasureId", "Product Unit of measure", ServerVariableType.RemoteId, false, [BssModules.Products],
        "Unit of measure of products: the internal id of a value of the setup table UOM (Products).",
        ServerVariableParsers.RemoteId, (s, v) => s with { ProductUnitOfMeasureId = v }, s => s.ProductUnitOfMeasureId);

    /// <summary>Gets the default billable option of invoice items and agreement additions.</summary>
    public static ServerVariable<BillableOption> ProductBillableOption { get; } = DeclareEnumeration(
        "ProductBillableOption", "Product Billable Option", ["Invoice items", BssModules.Subscriptions],
        "Billable option of invoice items and agreement additions.",
        BillableOption.Billable, "a billable option", (s, v) => s with { ProductBillableOption = v }, s => s.ProductBillableOption);

    /// <summary>Gets the member id set as the sales representative of pushed orders.</summary>
    public static ServerVariable<int> SalesRepresentativeId { get; } = Declare(
        "SalesRepresentativeId", "Sales Representative", ServerVariableType.RemoteId, false, [BssModules.Orders],
        "Sales representative of orders imported from the BSS: the internal id of a member (System > Members).",
        ServerVariableParsers.RemoteId, (s, v) => s with { SalesRepresentativeId = v }, s => s.SalesRepresentativeId);

    /// <summary>Gets the BSS id of the credit-card payment method.</summary>
    public static ServerVariable<string> CreditCardMethodId { get; } = Declare(
        "CreditCardMethodId", "Credit card method id", ServerVariableType.BssId, false, [BssModules.Payments],
        "The BSS id of the credit-card payment method; payments made with it become credit-card payments.",
        ServerVariableParsers.Text, (s, v) => s with { CreditCardMethodId = v }, s => s.CreditCardMethodId);

    /// <summary>Gets the BSS id of the bank-deposit payment method.</summary>
    public static ServerVariable<string> BankDepositMethodId { get; } = Declare(
        "BankDepositMethodId", "Bank deposit method id", ServerVariableType.BssId, false, [BssModules.Payments],
        "The BSS id of the bank-deposit payment method; payments made with it become bank deposits.",
        ServerVariableParsers.Text, (s, v) => s with { BankDepositMethodId = v }, s => s.BankDepositMethodId);

    /// <summary>Gets the ConnectWise payment <c>type</c> sent for a credit-card payment.</summary>
    public static ServerVariable<string> CreditCardPaymentType { get; } = DeclareWithDefault(
        "CreditCardPaymentType", "Credit card payment type",
        "The ConnectWise payment type sent for credit-card payments. No ConnectWise source lists the values; the conformance command shows the types this site's own payments use.",
        ConnectWiseSettings.DefaultCreditCardPaymentType, (s, v) => s with { CreditCardPaymentType = v }, s => s.CreditCardPaymentType);

    /// <summary>Gets the ConnectWise payment <c>type</c> sent for a bank deposit.</summary>
    public static ServerVariable<string> BankDepositPaymentType { get; } = DeclareWithDefault(
        "BankDepositPaymentType", "Bank deposit payment type",
        "The ConnectWise payment type sent for bank deposits. No ConnectWise source lists the values; the conformance command shows the types this site's own payments use.",
        ConnectWiseSettings.DefaultBankDepositPaymentType, (s, v) => s with { BankDepositPaymentType = v }, s => s.BankDepositPaymentType);

    /// <summary>Gets what a subscription push does with seats, prices or costs changed by hand in ConnectWise.</summary>
    public static ServerVariable<SubscriptionDriftPolicy> SubscriptionDriftPolicy { get; } = DeclareEnumeration(
        "SubscriptionDriftPolicy", "Subscription drift policy", [BssModules.Subscriptions],
        "What a push does when an agreement addition's seats, price or cost were changed in ConnectWise since the last push: BssWins overwrites them with the BSS values, ReportOnly leaves them (both report the two values); ConnectWiseWins makes ConnectWise the source of seats: the Subscriptions pull brings them into the BSS and the push never sends them back.",
        Settings.SubscriptionDriftPolicy.BssWins, "a drift policy", (s, v) => s with { SubscriptionDriftPolicy = v }, s => s.SubscriptionDriftPolicy);

    /// <summary>Gets which addition fields ConnectWise owns under the drift policy ConnectWiseWins.</summary>
    public static ServerVariable<ConnectWiseSubscriptionFields> SubscriptionFieldsFromConnectWise { get; } = DeclareEnumeration(
        "SubscriptionFieldsFromConnectWise", "Subscription fields from ConnectWise", [BssModules.Subscriptions],
        "With the drift policy ConnectWiseWins, which addition fields ConnectWise owns: Seats (the quantity; the BSS keeps pushing price and cost) or SeatsPriceAndCost. Ignored with the other policies.",
        ConnectWiseSubscriptionFields.Seats, "a choice of subscription fields", (s, v) => s with { SubscriptionFieldsFromConnectWise = v }, s => s.SubscriptionFieldsFromConnectWise);

    /// <summary>Gets who owns each field group of an account when a pull finds it changed in ConnectWise.</summary>
    public static ServerVariable<IReadOnlyDictionary<string, OwnershipPolicy>> AccountFieldOwnership { get; } = DeclareOwnership(BssModules.Accounts, "AccountFieldOwnership", "Account field ownership");

    /// <summary>Gets who owns each field group of a contact when a pull finds it changed in ConnectWise.</summary>
    public static ServerVariable<IReadOnlyDictionary<string, OwnershipPolicy>> ContactFieldOwnership { get; } = DeclareOwnership(BssModules.Contacts, "ContactFieldOwnership", "Contact field ownership");

    /// <summary>Gets who owns each field group of a product when a pull finds it changed in ConnectWise.</summary>
    public static ServerVariable<IReadOnlyDictionary<string, OwnershipPolicy>> ProductFieldOwnership { get; } = DeclareOwnership(BssModules.Products, "ProductFieldOwnership", "Product field ownership");

    /// <summary>Gets the requests the instance sends per sliding minute at most; unset, the connector's default of 600.</summary>
    public static ServerVariable<int> RequestsPerMinute { get; } = Declare<int>(
        "RequestsPerMinute", "Requests per minute", ServerVariableType.Text, false, [AllModules],
        "The most requests this instance sends in any sliding minute, every session and retry included; unset, 600, under the throttling ConnectWise cloud sites apply from about 1,000. Raise it only for a site that allows more, such as a server of your own.",
        ServerVariableParsers.RequestsPerMinute, (s, v) => s with { RequestsPerMinute = v }, s => s.RequestsPerMinute);

    /// <summary>Gets the variables in the order a settings page shows them (and the parser reports their errors).</summary>
    public static IReadOnlyList<ServerVariable> All { get; } =
    [
        ConnectWiseUrl,
        CompanyId,
        PublicKey,
        PrivateKey,
        ClientId,
        ImportAccountStatusId,
        ProductCategoryId,
        ProductSubCategoryId,
        ProductUnitOfMeasureId,
        ProductBillableOption,
        SalesRepresentativeId,
        CreditCardMethodId,
        BankDepositMethodId,
        CreditCardPaymentType,
        BankDepositPaymentType,
        SubscriptionDriftPolicy,
        AccountFieldOwnership,
        ContactFieldOwnership,
        ProductFieldOwnership,
        SubscriptionFieldsFromConnectWise,
        RequestsPerMinute,
    ];

    /// <summary>Gets what the manifest shows of each variable, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<ServerVariableDefinition> Definitions { get; } = All.Select(v => v.Definition).ToArray();

    /// <summary>Finds a variable by name.</summary>
    /// <param name="name">The server variable's name.</param>
    /// <returns>The variable, or <see langword="null"/>.</returns>
    public static ServerVariable? Find(string name) => All.FirstOrDefault(d => d.Name == name);

    private static ServerVariable<TValue> Declare<TValue>(
        string name,
        string displayName,
        ServerVariableType type,
        bool required,
        IReadOnlyList<string> usedFor,
        string description,
        ServerVariableParser<TValue> parse,
        Func<ConnectWiseSettings, TValue, ConnectWiseSettings> assign,
        Func<ConnectWiseSettings, object?> read,
        bool secret = false,
        string? missingMessage = null) =>
        new(new ServerVariableDefinition(name, displayName, type, required, null, secret, usedFor, description, []), parse, assign, read, missingMessage);

    // A payment type: free text with a default, at most 50 characters and no control characters.
    private static ServerVariable<string> DeclareWithDefault(
        string name,
        string displayName,
        string description,
        string defaultValue,
        Func<ConnectWiseSettings, string, ConnectWiseSettings> assign,
        Func<ConnectWiseSettings, object?> read) =>
        new(
            new ServerVariableDefinition(name, displayName, ServerVariableType.Text, false, defaultValue, false, [BssModules.Payments], description, []),
            ServerVariableParsers.TextWhere(v => v.Length > 50 || v.Any(char.IsControl)
                ? $"'{v}' is not a ConnectWise payment type; type the value the site's own payments show in their type (the conformance command lists them), at most 50 characters."
                : null),
            assign,
            read);

    private static ServerVariable<TEnum> DeclareEnumeration<TEnum>(
        string name,
        string displayName,
        IReadOnlyList<string> usedFor,
        string description,
        TEnum defaultValue,
        string noun,
        Func<ConnectWiseSettings, TEnum, ConnectWiseSettings> assign,
        Func<ConnectWiseSettings, object?> read)
        where TEnum : struct, Enum =>
        new(
            new ServerVariableDefinition(name, displayName, ServerVariableType.Enumeration, false, defaultValue.ToString(), false, usedFor, description, Enum.GetNames<TEnum>()),
            ServerVariableParsers.Enumeration<TEnum>(noun),
            assign,
            read);

    // A module's field ownership: Group=Policy pairs over the defaults (OwnershipDefaults), for the pull's three-way merge.
    private static ServerVariable<IReadOnlyDictionary<string, OwnershipPolicy>> DeclareOwnership(string module, string name, string displayName) =>
        new(
            new ServerVariableDefinition(
                name,
                displayName,
                ServerVariableType.Text,
                false,
                FieldOwnershipText.Default(module),
                false,
                [module],
                $"Who wins when a pull finds a {module} field changed in ConnectWise, per field group ({string.Join(", ", OwnershipDefaults.Groups[module].Keys)}): Bss (the BSS always wins, a pull only fills blanks), ConnectWise (ConnectWise wins a conflict), Newest (the later change wins a conflict) or Report (a conflict changes nothing and is reported). Group=Policy pairs separated by ';'; a group left out keeps its default.",
                []) { ShownWithOptions = true },
            FieldOwnershipText.Parser(module),
            (s, v) => s with { FieldOwnership = s.FieldOwnership.With(module, v) },
            s => FieldOwnershipText.Format(s.FieldOwnership, module));
}
