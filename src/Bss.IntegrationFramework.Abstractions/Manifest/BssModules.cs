namespace Bss.IntegrationFramework;

/// <summary>The names of the BSS modules, in dependency order.</summary>
public static class BssModules
{
    /// <summary>Accounts (customers).</summary>
    public const string Accounts = "Accounts";

    /// <summary>Contacts of accounts.</summary>
    public const string Contacts = "Contacts";

    /// <summary>Products of the catalog.</summary>
    public const string Products = "Products";

    /// <summary>Subscriptions (seat billing).</summary>
    public const string Subscriptions = "Subscriptions";

    /// <summary>Orders with their lines.</summary>
    public const string Orders = "Orders";

    /// <summary>Invoices with their lines.</summary>
    public const string Invoices = "Invoices";

    /// <summary>Payments of invoices.</summary>
    public const string Payments = "Payments";

    /// <summary>Gets every module in dependency order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Accounts, Contacts, Products, Subscriptions, Orders, Invoices, Payments];
}
