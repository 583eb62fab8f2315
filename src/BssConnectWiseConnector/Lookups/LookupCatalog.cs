using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Lookups;

/// <summary>Every lookup table of the connector, declared once for the manifest, the check and discovery.</summary>
public static class LookupCatalog
{
    /// <summary>Gets the definitions.</summary>
    public static IReadOnlyList<LookupDefinition> All { get; } =
    [
        new(LookupNames.AccountType, BssModules.Accounts, "type", "Company Type (company/companies/types)",
            "Account type → ConnectWise company type; set on new companies.", Required: false),
        new(LookupNames.Currency, BssModules.Accounts, "currency", "Currency (finance/currencies)",
            "Currency ID → ConnectWise currency id; used by accounts, orders and invoices.", Required: false),
        new(LookupNames.ProductType, BssModules.Products, "productType", "Product Type (procurement/types)",
            "Product type → ConnectWise product type; required for catalog items.", Required: true),
        new(LookupNames.UnitType, BssModules.Products, "unitType", "SubCategory (procurement/subcategories)",
            "Unit type → ConnectWise subcategory; without it the Product SubCategory server variable is used.", Required: false),
        new(LookupNames.BillingCycle, BssModules.Subscriptions, "billingCycle", "Agreement Type (finance/agreements/types)",
            "Billing cycle → ConnectWise agreement type, such as Managed Service.", Required: true),
        new(LookupNames.OrderStage, BssModules.Orders, "stage", "Order Status (sales/orders/statuses)",
            "Order stage → ConnectWise order status.", Required: true),
        new(LookupNames.InvoiceStage, BssModules.Invoices, "stage", "Invoice Status (finance/billingStatuses)",
            "Invoice stage → ConnectWise invoice status.", Required: false),
        new(LookupNames.InvoiceType, BssModules.Invoices, "type", "Invoice Type (Miscellaneous, Standard, CreditMemo, DownPayment)",
            "Invoice type → ConnectWise invoice type; without it an invoice with lines is Miscellaneous. Agreement and Progress invoices are made only by ConnectWise.", Required: false),
    ];
}
