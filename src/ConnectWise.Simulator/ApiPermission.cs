namespace ConnectWise.Simulator;

/// <summary>
/// One line of a ConnectWise security role: a module and a function within it, e.g.
/// ("Companies", "Company Maintenance"). Compared case-insensitively, as the UI shows them.
/// </summary>
/// <param name="Module">The security module, e.g. "Finance".</param>
/// <param name="Function">The function within the module, e.g. "Agreements".</param>
public readonly record struct ApiPermission(string Module, string Function)
{
    /// <summary>Companies / Company Maintenance: companies, their type associations.</summary>
    public static ApiPermission CompanyMaintenance { get; } = new("Companies", "Company Maintenance");

    /// <summary>Companies / Contacts.</summary>
    public static ApiPermission Contacts { get; } = new("Companies", "Contacts");

    /// <summary>Finance / Agreements: agreements and their additions.</summary>
    public static ApiPermission Agreements { get; } = new("Finance", "Agreements");

    /// <summary>Finance / Invoicing: invoices and their payments.</summary>
    public static ApiPermission Invoicing { get; } = new("Finance", "Invoicing");

    /// <summary>Procurement / Product Catalog.</summary>
    public static ApiPermission ProductCatalog { get; } = new("Procurement", "Product Catalog");

    /// <summary>Procurement / Products: order and invoice product lines.</summary>
    public static ApiPermission Products { get; } = new("Procurement", "Products");

    /// <summary>Sales / Sales Orders.</summary>
    public static ApiPermission SalesOrders { get; } = new("Sales", "Sales Orders");

    /// <summary>System / Table Setup: statuses, types, categories, currencies and the other setup tables.</summary>
    public static ApiPermission TableSetup { get; } = new("System", "Table Setup");

    /// <summary>System / Member Maintenance.</summary>
    public static ApiPermission MemberMaintenance { get; } = new("System", "Member Maintenance");

    /// <summary>Every permission the simulator checks; the default API member holds them all.</summary>
    public static IReadOnlyList<ApiPermission> All { get; } =
    [
        CompanyMaintenance, Contacts, Agreements, Invoicing, ProductCatalog, Products, SalesOrders, TableSetup,
        MemberMaintenance,
    ];

    /// <inheritdoc />
    public bool Equals(ApiPermission other) =>
        string.Equals(Module, other.Module, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Function, other.Function, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(
        StringComparer.OrdinalIgnoreCase.GetHashCode(Module ?? ""),
        StringComparer.OrdinalIgnoreCase.GetHashCode(Function ?? ""));

    /// <inheritdoc />
    public override string ToString() => $"{Module} / {Function}";
}
