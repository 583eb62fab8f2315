using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Clients;

/// <summary>ConnectWise setup tables the settings and lookups point into.</summary>
internal interface ISetupTablesClient
{
    /// <summary>Reads every company status.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The statuses.</returns>
    /// <remarks><c>GET company/companies/statuses</c>.</remarks>
    Task<IReadOnlyList<SetupTableValue>> ListCompanyStatusesAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads every company type.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The types.</returns>
    /// <remarks><c>GET company/companies/types</c>.</remarks>
    Task<IReadOnlyList<SetupTableValue>> ListCompanyTypesAsync(CancellationToken cancellationToken = default);
}
