using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Diagnostics;

/// <summary>The ConnectWise setup tables of one session, each read at most once.</summary>
internal sealed class SetupTableCache
{
    private readonly Lazy<Task<IReadOnlyList<SetupTableValue>>> _companyStatuses;
    private readonly Lazy<Task<IReadOnlyList<SetupTableValue>>> _companyTypes;

    /// <summary>Initializes a new instance of the <see cref="SetupTableCache"/> class.</summary>
    /// <param name="client">The setup-tables client.</param>
    /// <param name="cancellationToken">Cancels the reads; the session's lifetime.</param>
    public SetupTableCache(ISetupTablesClient client, CancellationToken cancellationToken)
    {
        _companyStatuses = new(() => client.ListCompanyStatusesAsync(cancellationToken));
        _companyTypes = new(() => client.ListCompanyTypesAsync(cancellationToken));
    }

    /// <summary>Gets the company statuses.</summary>
    /// <returns>The statuses.</returns>
    public Task<IReadOnlyList<SetupTableValue>> CompanyStatusesAsync() => _companyStatuses.Value;

    /// <summary>Gets the company types.</summary>
    /// <returns>The types.</returns>
    public Task<IReadOnlyList<SetupTableValue>> CompanyTypesAsync() => _companyTypes.Value;
}
