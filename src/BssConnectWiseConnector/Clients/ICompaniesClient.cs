using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Clients;

/// <summary>ConnectWise companies (<c>company/companies</c>).</summary>
internal interface ICompaniesClient
{
    /// <summary>Reads companies one page at a time.</summary>
    /// <param name="query">The list parameters.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The pages.</returns>
    /// <remarks><c>GET company/companies</c>.</remarks>
    IAsyncEnumerable<ConnectWisePage<Company>> ListPagesAsync(ListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Finds the companies with any of the identifiers, in as few requests as the URL limit allows.</summary>
    /// <param name="identifiers">The identifiers.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The companies found.</returns>
    /// <remarks><c>GET company/companies?conditions=identifier in (…)</c>.</remarks>
    Task<IReadOnlyList<Company>> FindByIdentifiersAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken = default);

    /// <summary>Reads one company.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The company, or <see langword="null"/>.</returns>
    /// <remarks><c>GET company/companies/{id}</c>.</remarks>
    Task<Company?> GetAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>Creates a company.</summary>
    /// <param name="company">The company.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created company.</returns>
    /// <remarks><c>POST company/companies</c>.</remarks>
    Task<Company> CreateAsync(Company company, CancellationToken cancellationToken = default);

    /// <summary>Changes some fields of a company.</summary>
    /// <param name="id">The id.</param>
    /// <param name="operations">The PATCH operations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The updated company.</returns>
    /// <remarks><c>PATCH company/companies/{id}</c>.</remarks>
    Task<Company> PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default);
}
