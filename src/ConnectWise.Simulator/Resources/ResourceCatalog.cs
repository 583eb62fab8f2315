namespace ConnectWise.Simulator.Resources;

/// <summary>
/// The resources the simulator serves. Adding a resource is adding a row here (and, if the spec subset lacks
/// its schema, an entry in Spec/supplementary-schemas.json); the endpoints, store and validation are generic.
/// </summary>
internal static class ResourceCatalog
{
    private static readonly Dictionary<string, string> ClosedFlagAsIsClosed = new() { ["isClosed"] = "closedFlag" };

    /// <summary>Every resource, in the order the routes are tried (nested and longer routes need no special order:
    /// an item id must be an integer, so "company/companies/statuses" never matches "company/companies/{id}").</summary>
    public static IReadOnlyList<ResourceDefinition> All { get; } =
    [
        new("company/companies", "Company", "company", ApiPermission.CompanyMaintenance)
        {
            NaturalKey = "identifier",
            ReferencedAs = ["CompanyReference"],
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
    ];

    /// <summary>The resource with exactly this route (leading and trailing slashes ignored).</summary>
    public static ResourceDefinition? Find(string route)
    {
        var normalized = route.Trim('/');
        return All.FirstOrDefault(resource => string.Equals(resource.Route, normalized, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The resource a reference schema points at, e.g. "CompanyStatusReference".</summary>
    public static ResourceDefinition? ForReference(string referenceSchema) =>
        All.FirstOrDefault(resource => resource.ReferencedAs.Contains(referenceSchema, StringComparer.Ordinal));

    /// <summary>Reference fields of billing statuses use "isClosed" for the record's "closedFlag".</summary>
    internal static IReadOnlyDictionary<string, string> BillingStatusSources => ClosedFlagAsIsClosed;
}
