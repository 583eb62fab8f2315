using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Clients;

/// <summary>The part of <see cref="IConnectWiseClient"/> the Accounts push reads besides the companies, and nothing else.</summary>
internal interface ICompanyResources
{
    /// <summary>Gets <c>company/companies/statuses</c>.</summary>
    IResourceClient<SetupTableValue> CompanyStatuses { get; }

    /// <summary>Gets <c>company/countries</c>.</summary>
    IResourceClient<SetupTableValue> Countries { get; }

    /// <summary>Gets the type associations of one company.</summary>
    /// <param name="companyId">The company id.</param>
    /// <returns>The client.</returns>
    IResourceClient<CompanyTypeAssociation> CompanyTypeAssociations(int companyId);

    /// <summary>Gets the API version requests are sent with, and whose field limits apply: the older of the site's and the pinned one.</summary>
    /// <param name="cancellationToken">Cancels the discovery of the site's version.</param>
    /// <returns>The version.</returns>
    Task<ApiVersion> GetApiVersionAsync(CancellationToken cancellationToken = default);
}
