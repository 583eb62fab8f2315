using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Clients;

/// <summary>Every ConnectWise resource the connector uses, over one connection.</summary>
internal sealed class ConnectWiseClient : IConnectWiseClient
{
    private readonly IConnectWiseConnection _connection;

    /// <summary>Initializes a new instance of the <see cref="ConnectWiseClient"/> class.</summary>
    /// <param name="connection">The connection.</param>
    public ConnectWiseClient(IConnectWiseConnection connection)
    {
        _connection = connection;
        Companies = new ResourceClient<Company>(connection, ApiRoutes.Companies);
        CompanyStatuses = new ResourceClient<SetupTableValue>(connection, ApiRoutes.CompanyStatuses);
        CompanyTypes = new ResourceClient<SetupTableValue>(connection, ApiRoutes.CompanyTypes);
        Countries = new ResourceClient<SetupTableValue>(connection, ApiRoutes.Countries);
        Contacts = new ResourceClient<Contact>(connection, ApiRoutes.Contacts);
        Catalog = new ResourceClient<CatalogItem>(connection, ApiRoutes.Catalog);
        ProductTypes = new ResourceClient<SetupTableValue>(connection, ApiRoutes.ProductTypes);
        Categories = new ResourceClient<SetupTableValue>(connection, ApiRoutes.Categories);
        SubCategories = new ResourceClient<SubCategory>(connection, ApiRoutes.SubCategories);
        UnitsOfMeasure = new ResourceClient<SetupTableValue>(connection, ApiRoutes.UnitsOfMeasure);
        ProcurementProducts = new ResourceClient<ProcurementProduct>(connection, ApiRoutes.ProcurementProducts);
        Agreements = new ResourceClient<Agreement>(connection, ApiRoutes.Agreements);
        AgreementTypes = new ResourceClient<AgreementType>(connection, ApiRoutes.AgreementTypes);
        AgreementRecaps = new ResourceClient<AgreementRecap>(connection, ApiRoutes.AgreementRecaps);
        Invoices = new ResourceClient<Invoice>(connection, ApiRoutes.Invoices);
        BillingStatuses = new ResourceClient<BillingStatus>(connection, ApiRoutes.BillingStatuses);
        Currencies = new ResourceClient<Currency>(connection, ApiRoutes.Currencies);
        SalesOrders = new ResourceClient<SalesOrder>(connection, ApiRoutes.SalesOrders);
        OrderStatuses = new ResourceClient<SetupTableValue>(connection, ApiRoutes.OrderStatuses);
        Members = new ResourceClient<Member>(connection, ApiRoutes.Members);
        Callbacks = new ResourceClient<CallbackEntry>(connection, ApiRoutes.Callbacks);
    }

    /// <summary>Gets <c>company/companies</c>.</summary>
    public IResourceClient<Company> Companies { get; }

    /// <summary>Gets <c>company/companies/statuses</c>.</summary>
    public IResourceClient<SetupTableValue> CompanyStatuses { get; }

    /// <summary>Gets <c>company/companies/types</c>.</summary>
    public IResourceClient<SetupTableValue> CompanyTypes { get; }

    /// <summary>Gets <c>company/countries</c>.</summary>
    public IResourceClient<SetupTableValue> Countries { get; }

    /// <summary>Gets <c>company/contacts</c>.</summary>
    public IResourceClient<Contact> Contacts { get; }

    /// <summary>Gets <c>procurement/catalog</c>.</summary>
    public IResourceClient<CatalogItem> Catalog { get; }

    /// <summary>Gets <c>procurement/types</c>.</summary>
    public IResourceClient<SetupTableValue> ProductTypes { get; }

    /// <summary>Gets <c>procurement/categories</c>.</summary>
    public IResourceClient<SetupTableValue> Categories { get; }

    /// <summary>Gets <c>procurement/subcategories</c>.</summary>
    public IResourceClient<SubCategory> SubCategories { get; }

    /// <summary>Gets <c>procurement/unitOfMeasures</c>.</summary>
    public IResourceClient<SetupTableValue> UnitsOfMeasure { get; }

    /// <summary>Gets <c>procurement/products</c> (order and invoice lines).</summary>
    public IResourceClient<ProcurementProduct> ProcurementProducts { get; }

    /// <summary>Gets <c>finance/agreements</c>.</summary>
    public IResourceClient<Agreement> Agreements { get; }

    /// <summary>Gets <c>finance/agreementrecap</c>: the agreements' last and next invoice dates.</summary>
    public IResourceClient<AgreementRecap> AgreementRecaps { get; }

    /// <summary>Gets <c>finance/agreements/types</c>.</summary>
    public IResourceClient<AgreementType> AgreementTypes { get; }

    /// <summary>Gets <c>finance/invoices</c>.</summary>
    public IResourceClient<Invoice> Invoices { get; }

    /// <summary>Gets <c>finance/billingStatuses</c>.</summary>
    public IResourceClient<BillingStatus> BillingStatuses { get; }

    /// <summary>Gets <c>finance/currencies</c>.</summary>
    public IResourceClient<Currency> Currencies { get; }

    /// <summary>Gets <c>sales/orders</c>.</summary>
    public IResourceClient<SalesOrder> SalesOrders { get; }

    /// <summary>Gets <c>sales/orders/statuses</c>.</summary>
    public IResourceClient<SetupTableValue> OrderStatuses { get; }

    /// <summary>Gets <c>system/members</c>.</summary>
    public IResourceClient<Member> Members { get; }

    /// <inheritdoc />
    public IResourceClient<CallbackEntry> Callbacks { get; }

    /// <summary>Gets the additions of one agreement.</summary>
    /// <param name="agreementId">The agreement id.</param>
    /// <returns>The client.</returns>
    public IResourceClient<Addition> Additions(int agreementId) => new ResourceClient<Addition>(_connection, ApiRoutes.Additions(agreementId));

    /// <summary>Gets the payments of one invoice.</summary>
    /// <param name="invoiceId">The invoice id.</param>
    /// <returns>The client.</returns>
    public IResourceClient<InvoicePayment> InvoicePayments(int invoiceId) => new ResourceClient<InvoicePayment>(_connection, ApiRoutes.InvoicePayments(invoiceId));

    /// <summary>Gets the type associations of one company.</summary>
    /// <param name="companyId">The company id.</param>
    /// <returns>The client.</returns>
    public IResourceClient<CompanyTypeAssociation> CompanyTypeAssociations(int companyId) =>
        new ResourceClient<CompanyTypeAssociation>(_connection, ApiRoutes.CompanyTypeAssociations(companyId));

    /// <summary>Reads the site's version.</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The version information.</returns>
    /// <remarks><c>GET system/info</c>.</remarks>
    public Task<SystemInfo?> GetSystemInfoAsync(CancellationToken cancellationToken = default) =>
        _connection.FindAsync<SystemInfo>(ApiRoutes.SystemInfo, cancellationToken);

    /// <summary>Gets the API version requests are sent with, and whose field limits apply: the older of the site's and the pinned one.</summary>
    /// <param name="cancellationToken">Cancels the discovery of the site's version.</param>
    /// <returns>The version.</returns>
    public Task<ApiVersion> GetApiVersionAsync(CancellationToken cancellationToken = default) =>
        _connection.GetApiVersionAsync(cancellationToken);

    /// <summary>Sends several reads in one round trip, each request written for the version the connection speaks.</summary>
    /// <param name="requests">The requests.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>One result per request; check each one's <see cref="BundleResult.Success"/>.</returns>
    /// <remarks><c>POST system/bundles</c>.</remarks>
    public async Task<IReadOnlyList<BundleResult>> SendBundleAsync(IReadOnlyList<BundleRequest> requests, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var version = (await _connection.GetApiVersionAsync(cancellationToken).ConfigureAwait(false)).ToString();
        var versioned = requests.Select(r => r with { Version = version }).ToArray();
        var response = await _connection.SendAsync<BundleEnvelope>(HttpMethod.Post, ApiRoutes.Bundles, new BundleEnvelope { Requests = versioned }, cancellationToken).ConfigureAwait(false);
        return response.Results ?? [];
    }
}
