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

    /// <summary><c>company/companies/{id}</c>.</summary>
    /// <param name="id">The company id.</param>
    /// <returns>The route.</returns>
    public static string Company(int id) => Companies + "/" + Id(id);

    private static string Id(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(id);
        return id.ToString(CultureInfo.InvariantCulture);
    }
}
