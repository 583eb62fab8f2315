namespace ConnectWise.Simulator.Resources;

/// <summary>
/// The resources the simulator serves. Adding a resource is adding a row here (and, if the spec subset lacks
/// its schema, an entry in Spec/supplementary-schemas.json); the endpoints, store and validation are generic.
/// </summary>
internal static class ResourceCatalog
{
    /// <summary>
    /// Every resource. Order does not matter for routing: an item id must be an integer, so
    /// "company/companies/statuses" never matches "company/companies/{id}".
    /// </summary>
    public static IReadOnlyList<ResourceDefinition> All { get; } =
    [
        new("company/companies", "Company", "company", ApiPermission.CompanyMaintenance)
        {
            NaturalKey = "identifier",
            ReferencedAs = ["CompanyReference"],
        },
        new("company/companies/{parentId}/typeAssociations", "CompanyTypeAssociation", "companyTypeAssociation", ApiPermission.CompanyMaintenance)
        {
            ParentRoute = "company/companies",
            ParentLink = "company/id",
        },
        new("company/companies/statuses", "CompanyStatus", "companyStatus", ApiPermission.TableSetup)
        {
            ReferencedAs = ["CompanyStatusReference"],
        },
        new("company/companies/types", "CompanyType", "companyType", ApiPermission.TableSetup)
        {
            ReferencedAs = ["CompanyTypeReference"],
        },
        new("company/countries", "Country", "country", ApiPermission.TableSetup)
        {
            ReferencedAs = ["CountryReference"],
        },
        new("company/contacts", "Contact", "contact", ApiPermission.Contacts)
        {
            ReferencedAs = ["ContactReference"],
            ReferenceSources = new Dictionary<string, string> { ["name"] = "firstName+lastName" },
            NumberedItems = ["communicationItems"],
        },
        new("procurement/catalog", "CatalogItem", "catalogItem", ApiPermission.ProductCatalog)
        {
            NaturalKey = "identifier",
            ReferencedAs = ["CatalogItemReference", "IvItemReference"],
            ReferenceSources = new Dictionary<string, string> { ["name"] = "description" },
        },
        new("procurement/types", "ProductType", "productType", ApiPermission.TableSetup)
        {
            ReferencedAs = ["ProductTypeReference"],
        },
        new("procurement/categories", "ProductCategory", "productCategory", ApiPermission.TableSetup)
        {
            ReferencedAs = ["ProductCategoryReference"],
        },
        new("procurement/subcategories", "ProductSubCategory", "productSubCategory", ApiPermission.TableSetup)
        {
            ReferencedAs = ["ProductSubCategoryReference"],
        },
        new("procurement/unitOfMeasures", "UnitOfMeasure", "unitOfMeasure", ApiPermission.TableSetup)
        {
            ReferencedAs = ["UnitOfMeasureReference"],
        },
        new("procurement/products", "ProductItem", "productItem", ApiPermission.Products)
        {
            Inherited = [new("customerDescription", "catalogItem")],
            Defaults = new Dictionary<string, int> { ["locationId"] = 1, ["businessUnitId"] = 1 },
        },
        new("finance/agreements", "Agreement", "agreement", ApiPermission.Agreements)
        {
            ReferencedAs = ["AgreementReference"],
            ReferenceSources = new Dictionary<string, string> { ["type"] = "type/name" },
            Inherited =
            [
                new("employeeCompRate", "type"), new("invoicingCycle", "type"), new("billTime", "type"),
                new("billExpenses", "type"), new("billProducts", "type"),
            ],
        },
        new("finance/agreements/{parentId}/additions", "Addition", "addition", ApiPermission.Agreements)
        {
            ParentRoute = "finance/agreements",
            ParentLink = "agreementId",
        },
        new("finance/agreementrecap", "AgreementRecap", "agreementRecap", ApiPermission.Agreements)
        {
            // Computed from the agreements and their invoicing state (AgreementRecaps); the spec has GET only.
            ReadOnly = true,
            Deletable = false,
        },
        new("finance/agreements/types", "AgreementType", "agreementType", ApiPermission.TableSetup)
        {
            ReferencedAs = ["AgreementTypeReference"],
        },
        new("finance/invoices", "Invoice", "invoice", ApiPermission.Invoicing)
        {
            ReferencedAs = ["InvoiceReference"],
            Defaults = new Dictionary<string, int> { ["locationId"] = 1 },
            NumberedField = "invoiceNumber",
            ReferenceSources = new Dictionary<string, string>
            {
                ["identifier"] = "invoiceNumber",
                ["billingType"] = "type",
                ["invoiceDate"] = "date",
            },
        },
        new("finance/invoices/{parentId}/payments", "Payment", "payment", ApiPermission.Invoicing)
        {
            ParentRoute = "finance/invoices",
            ParentLink = "invoice/id",
        },
        new("finance/billingStatuses", "BillingStatus", "billingStatus", ApiPermission.TableSetup)
        {
            ReferencedAs = ["BillingStatusReference"],
            ReferenceSources = new Dictionary<string, string> { ["isClosed"] = "closedFlag" },
        },
        new("finance/currencies", "Currency", "currency", ApiPermission.TableSetup)
        {
            NaturalKey = "currencyIdentifier",
            ReferencedAs = ["CurrencyReference"],
            ReferenceSources = new Dictionary<string, string> { ["currencyCode"] = "currencyCode/name" },
        },
        new("sales/orders", "Order", "order", ApiPermission.SalesOrders)
        {
            ReferencedAs = ["SalesOrderReference"],
        },
        new("sales/orders/statuses", "OrderStatus", "orderStatus", ApiPermission.TableSetup)
        {
            ReferencedAs = ["OrderStatusReference"],
        },
        new("system/callbacks", "CallbackEntry", "callbackEntry", ApiPermission.TableSetup),
        new("system/members", "Member", "member", ApiPermission.MemberMaintenance)
        {
            NaturalKey = "identifier",
            ReferencedAs = ["MemberReference"],
            ReferenceSources = new Dictionary<string, string> { ["name"] = "firstName+lastName" },
            Deletable = false,
        },
    ];

    /// <summary>The resource with exactly this route (leading and trailing slashes ignored).</summary>
    public static ResourceDefinition? Find(string route)
    {
        var normalized = route.Trim('/');
        return All.FirstOrDefault(resource => string.Equals(resource.Route, normalized, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The resource whose error-body object name is given (bundles name resources this way), e.g. "company".</summary>
    public static ResourceDefinition? ForObjectName(string objectName) =>
        All.FirstOrDefault(resource => string.Equals(resource.ObjectName, objectName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The resource a reference schema points at, e.g. "CompanyStatusReference".</summary>
    public static ResourceDefinition? ForReference(string referenceSchema) =>
        All.FirstOrDefault(resource => resource.ReferencedAs.Contains(referenceSchema, StringComparer.Ordinal));
}
