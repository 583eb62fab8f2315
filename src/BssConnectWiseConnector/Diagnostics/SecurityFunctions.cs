using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Sync;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>
/// Which ConnectWise security-role function and level a request needs, so that a 403 (whose body never names
/// them) can be reported as "Companies > Company Maintenance, Add level". Function names are those of the
/// security-role screens as integration guides list them (docs/connectwise-api.md, "Security roles").
/// </summary>
internal static class SecurityFunctions
{
    /// <summary>System > Table Setup: the setup tables (readable at inquiry level without it).</summary>
    public const string TableSetup = "System > Table Setup";

    // Longest route first, so that "company/companies/statuses" is not taken for "company/companies".
    private static readonly (string Route, string Function)[] Functions =
    [
        (ApiRoutes.CompanyStatuses, TableSetup),
        (ApiRoutes.CompanyTypes, TableSetup),
        (ApiRoutes.AgreementTypes, TableSetup),
        (ApiRoutes.OrderStatuses, TableSetup),
        (ApiRoutes.Countries, TableSetup),
        (ApiRoutes.ProductTypes, TableSetup),
        (ApiRoutes.Categories, TableSetup),
        (ApiRoutes.SubCategories, TableSetup),
        (ApiRoutes.UnitsOfMeasure, TableSetup),
        (ApiRoutes.BillingStatuses, TableSetup),
        (ApiRoutes.Currencies, TableSetup),
        (ApiRoutes.Companies, "Companies > Company Maintenance"),
        (ApiRoutes.Contacts, "Companies > Contacts"),
        (ApiRoutes.Catalog, "Procurement > Product Catalog"),
        (ApiRoutes.ProcurementProducts, "Procurement > Products"),
        (ApiRoutes.Agreements, "Finance > Agreements"),
        (ApiRoutes.Invoices, "Finance > Invoicing"),
        (ApiRoutes.SalesOrders, "Sales > Sales Orders"),
        (ApiRoutes.Members, "System > Member Maintenance"),
    ];

    /// <summary>The level a method needs.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <returns>Inquire for GET, Add for POST, Edit for PUT and PATCH, Delete for DELETE.</returns>
    public static SecurityLevels LevelOf(string? method) => method?.ToUpperInvariant() switch
    {
        "POST" => SecurityLevels.Add,
        "PUT" or "PATCH" => SecurityLevels.Edit,
        "DELETE" => SecurityLevels.Delete,
        _ => SecurityLevels.Inquire,
    };

    /// <summary>The function a route belongs to.</summary>
    /// <param name="path">The route relative to the API base, ids included (<c>company/companies/12/typeAssociations</c>).</param>
    /// <returns>The function, or <see langword="null"/> for a route the connector does not know.</returns>
    public static string? FunctionOf(string? path)
    {
        var route = (path ?? string.Empty).Split('?', 2)[0].Trim('/');
        foreach (var (known, function) in Functions)
        {
            if (route.Equals(known, StringComparison.OrdinalIgnoreCase)
                || route.StartsWith(known + "/", StringComparison.OrdinalIgnoreCase))
            {
                return function;
            }
        }

        return null;
    }

    /// <summary>Names the function and level a refused request needed, as the fix for a Permission failure.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The route relative to the API base.</param>
    /// <returns>A sentence such as "It needs Companies > Company Maintenance at the Add level: …".</returns>
    public static string Requirement(string? method, string? path)
    {
        var level = LevelOf(method);
        var function = FunctionOf(path);
        return function is null
            ? $"It needs the {level} level on the security-role function that covers {path}: grant it to the API member's security role."
            : $"It needs {function} at the {level} level: in ConnectWise, set {level} Level = All on {function} in the API member's security role (System > Security Roles).";
    }
}
