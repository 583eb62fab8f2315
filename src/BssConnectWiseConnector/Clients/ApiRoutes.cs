using System.Globalization;

namespace BssConnectWiseConnector.Clients;

/// <summary>Every ConnectWise route the connector calls, relative to <c>https://{site}/{codebase}apis/3.0/</c>.</summary>
internal static class ApiRoutes
{
    /// <summary><c>company/companies</c>.</summary>
    public const string Companies = "company/companies";

    /// <summary><c>company/companies/statuses</c>.</summary>
    public const string CompanyStatuses = "company/companies/statuses";

    /// <summary><c>company/companies/types</c>.</summary>
    public const string CompanyTypes = "company/companies/types";

    /// <summary><c>company/countries</c>.</summary>
    public const string Countries = "company/countries";

    /// <summary><c>company/contacts</c>.</summary>
    public const string Contacts = "company/contacts";

    /// <summary><c>procurement/catalog</c>.</summary>
    public const string Catalog = "procurement/catalog";

    /// <summary><c>procurement/types</c>.</summary>
    public const string ProductTypes = "procurement/types";

    /// <summary><c>procurement/categories</c>.</summary>
    public const string Categories = "procurement/categories";

    /// <summary><c>procurement/subcategories</c>; the spec writes it with a trailing slash, which ConnectWise also accepts without.</summary>
    public const string SubCategories = "procurement/subcategories";

    /// <summary><c>procurement/unitOfMeasures</c>.</summary>
    public const string UnitsOfMeasure = "procurement/unitOfMeasures";

    /// <summary><c>procurement/products</c>: order and invoice lines.</summary>
    public const string ProcurementProducts = "procurement/products";

    /// <summary><c>finance/agreements</c>.</summary>
    public const string Agreements = "finance/agreements";

    /// <summary><c>finance/agreementrecap</c> (singular in the spec): each agreement's invoicing state.</summary>
    public const string AgreementRecaps = "finance/agreementrecap";

    /// <summary><c>finance/agreements/types</c>.</summary>
    public const string AgreementTypes = "finance/agreements/types";

    /// <summary><c>finance/invoices</c>.</summary>
    public const string Invoices = "finance/invoices";

    /// <summary><c>finance/billingStatuses</c>: invoice statuses.</summary>
    public const string BillingStatuses = "finance/billingStatuses";

    /// <summary><c>finance/currencies</c>.</summary>
    public const string Currencies = "finance/currencies";

    /// <summary><c>sales/orders</c>.</summary>
    public const string SalesOrders = "sales/orders";

    /// <summary><c>sales/orders/statuses</c>.</summary>
    public const string OrderStatuses = "sales/orders/statuses";

    /// <summary><c>system/members</c>.</summary>
    public const string Members = "system/members";

    /// <summary><c>system/info</c>.</summary>
    public const string SystemInfo = "system/info";

    /// <summary><c>system/bundles</c>.</summary>
    public const string Bundles = "system/bundles";

    /// <summary><c>system/callbacks</c>.</summary>
    public const string Callbacks = "system/callbacks";

    /// <summary><c>company/companies/{id}</c>.</summary>
    /// <param name="id">The company id.</param>
    /// <returns>The route.</returns>
    public static string Company(int id) => Companies + "/" + Id(id);

    /// <summary><c>company/companies/{id}/typeAssociations</c>.</summary>
    /// <param name="companyId">The company id.</param>
    /// <returns>The route.</returns>
    public static string CompanyTypeAssociations(int companyId) => Company(companyId) + "/typeAssociations";

    /// <summary><c>finance/agreements/{id}/additions</c>.</summary>
    /// <param name="agreementId">The agreement id.</param>
    /// <returns>The route.</returns>
    public static string Additions(int agreementId) => Agreements + "/" + Id(agreementId) + "/additions";

    /// <summary><c>finance/invoices/{id}/payments</c>.</summary>
    /// <param name="invoiceId">The invoice id.</param>
    /// <returns>The route.</returns>
    public static string InvoicePayments(int invoiceId) => Invoices + "/" + Id(invoiceId) + "/payments";

    /// <summary><c>login/companyinfo/{companyId}</c>, relative to the site root.</summary>
    /// <param name="companyId">The company id.</param>
    /// <returns>The route.</returns>
    public static string CompanyInfo(string companyId) => "login/companyinfo/" + Uri.EscapeDataString(companyId);

    private static string Id(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        return id.ToString(CultureInfo.InvariantCulture);
    }
}
