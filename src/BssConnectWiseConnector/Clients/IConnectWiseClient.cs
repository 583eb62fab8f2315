using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Clients;

/// <summary>Every ConnectWise resource a module uses, one typed client per resource; what a module sees of the connection.</summary>
internal interface IConnectWiseClient : ICompanyResources, IAgreementResources
{
    /// <summary>Gets <c>company/companies</c>.</summary>
    IResourceClient<Company> Companies { get; }

    /// <summary>Gets <c>company/companies/types</c>.</summary>
    IResourceClient<SetupTableValue> CompanyTypes { get; }

    /// <summary>Gets <c>company/contacts</c>.</summary>
    IResourceClient<Contact> Contacts { get; }

    /// <summary>Gets <c>procurement/catalog</c>.</summary>
    IResourceClient<CatalogItem> Catalog { get; }

    /// <summary>Gets <c>procurement/types</c>.</summary>
    IResourceClient<SetupTableValue> ProductTypes { get; }

    /// <summary>Gets <c>procurement/categories</c>.</summary>
    IResourceClient<SetupTableValue> Categories { get; }

    /// <summary>Gets <c>procurement/subcategories</c>.</summary>
    IResourceClient<SubCategory> SubCategories { get; }

    /// <summary>Gets <c>procurement/unitOfMeasures</c>.</summary>
    IResourceClient<SetupTableValue> UnitsOfMeasure { get; }

    /// <summary>Gets <c>procurement/products</c> (order and invoice lines).</summary>
    IResourceClient<ProcurementProduct> ProcurementProducts { get; }

    /// <summary>Gets <c>finance/invoices</c>.</summary>
    IResourceClient<Invoice> Invoices { get; }

    /// <summary>Gets <c>finance/billingStatuses</c>.</summary>
    IResourceClient<BillingStatus> BillingStatuses { get; }

    /// <summary>Gets <c>finance/currencies</c>.</summary>
    IResourceClient<Currency> Currencies { get; }

    /// <summary>Gets <c>sales/orders</c>.</summary>
    IResourceClient<SalesOrder> SalesOrders { get; }

    /// <summary>Gets <c>sales/orders/statuses</c>.</summary>
    IResourceClient<SetupTableValue> OrderStatuses { get; }

    /// <summary>Gets <c>system/members</c>.</summary>
    IResourceClient<Member> Members { get; }

    /// <summary>Gets <c>system/callbacks</c>.</summary>
    IResourceClient<CallbackEntry> Callbacks { get; }

    /// <summary>Gets the payments of one invoice.</summary>
    /// <param name="invoiceId">The invoice id.</param>
    /// <returns>The client.</returns>
    IResourceClient<InvoicePayment> InvoicePayments(int invoiceId);

    /// <summary>Reads the site's version.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The version information.</returns>
    /// <remarks><c>GET system/info</c>.</remarks>
    Task<SystemInfo?> GetSystemInfoAsync(CancellationToken cancellationToken = default);
}
