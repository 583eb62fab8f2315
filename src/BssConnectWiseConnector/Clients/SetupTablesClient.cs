using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Clients;

/// <summary>Reads setup tables whole: they are small, and read once per run.</summary>
internal sealed class SetupTablesClient : ISetupTablesClient
{
    private readonly IConnectWiseConnection _connection;

    /// <summary>Initializes a new instance of the <see cref="SetupTablesClient"/> class.</summary>
    /// <param name="connection">The connection.</param>
    public SetupTablesClient(IConnectWiseConnection connection)
    {
        _connection = connection;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<SetupTableValue>> ListCompanyStatusesAsync(CancellationToken cancellationToken = default) =>
        ReadAllAsync<SetupTableValue>(ApiRoutes.CompanyStatuses, cancellationToken);

    /// <inheritdoc />
    public Task<IReadOnlyList<SetupTableValue>> ListCompanyTypesAsync(CancellationToken cancellationToken = default) =>
        ReadAllAsync<SetupTableValue>(ApiRoutes.CompanyTypes, cancellationToken);

    private async Task<IReadOnlyList<T>> ReadAllAsync<T>(string route, CancellationToken cancellationToken)
    {
        var all = new List<T>();
        await foreach (var page in _connection.ListPagesAsync<T>(route, new ListQuery(), cancellationToken).ConfigureAwait(false))
        {
            all.AddRange(page.Items);
        }

        return all;
    }
}
