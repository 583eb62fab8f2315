using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Clients;

/// <summary>Builds the routes of <see cref="ICompaniesClient"/> and checks its arguments.</summary>
internal sealed class CompaniesClient : ICompaniesClient
{
    private readonly IConnectWiseConnection _connection;

    /// <summary>Initializes a new instance of the <see cref="CompaniesClient"/> class.</summary>
    /// <param name="connection">The connection.</param>
    public CompaniesClient(IConnectWiseConnection connection)
    {
        _connection = connection;
    }

    /// <inheritdoc />
    public IAsyncEnumerable<ConnectWisePage<Company>> ListPagesAsync(ListQuery query, CancellationToken cancellationToken = default) =>
        _connection.ListPagesAsync<Company>(ApiRoutes.Companies, query, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlyList<Company>> FindByIdentifiersAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identifiers);
        var found = new List<Company>();
        foreach (var condition in ConditionChunker.ChunkIn("identifier", identifiers))
        {
            var query = new ListQuery { Conditions = condition, ForwardOnly = true };
            await foreach (var page in _connection.ListPagesAsync<Company>(ApiRoutes.Companies, query, cancellationToken).ConfigureAwait(false))
            {
                found.AddRange(page.Items);
            }
        }

        return found;
    }

    /// <inheritdoc />
    public Task<Company?> GetAsync(int id, CancellationToken cancellationToken = default) =>
        _connection.FindAsync<Company>(ApiRoutes.Company(id), cancellationToken);

    /// <inheritdoc />
    public Task<Company> CreateAsync(Company company, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(company);
        if (company.Id is not null)
        {
            throw new ArgumentException("A company to create has no id yet.", nameof(company));
        }

        return _connection.SendAsync<Company>(HttpMethod.Post, ApiRoutes.Companies, company, cancellationToken);
    }

    /// <inheritdoc />
    public Task<Company> PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        if (operations.Count == 0)
        {
            throw new ArgumentException("A PATCH needs at least one operation.", nameof(operations));
        }

        return _connection.SendAsync<Company>(HttpMethod.Patch, ApiRoutes.Company(id), operations, cancellationToken);
    }
}
