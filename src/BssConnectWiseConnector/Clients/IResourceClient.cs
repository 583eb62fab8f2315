using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Clients;

/// <summary>The operations every ConnectWise resource collection offers, bound to one collection route.</summary>
/// <typeparam name="T">The record type.</typeparam>
internal interface IResourceClient<T>
    where T : class
{
    /// <summary>Gets the collection route, relative to the API base.</summary>
    string Route { get; }

    /// <summary>Reads records one page at a time.</summary>
    /// <param name="query">The list parameters.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The pages.</returns>
    IAsyncEnumerable<ConnectWisePage<T>> ListPagesAsync(ListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Reads records one at a time, one page in memory.</summary>
    /// <param name="query">The list parameters.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The records.</returns>
    IAsyncEnumerable<T> ListAsync(ListQuery query, CancellationToken cancellationToken = default);

    /// <summary>Reads every record whose field is one of the values, split into as many requests as the URL limit needs.</summary>
    /// <param name="path">The field path, such as <c>identifier</c>.</param>
    /// <param name="values">The values.</param>
    /// <param name="extra">A condition every record must also meet, if any.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The records found.</returns>
    Task<IReadOnlyList<T>> FindInAsync(string path, IReadOnlyCollection<object> values, Condition? extra = null, CancellationToken cancellationToken = default);

    /// <summary>Counts records.</summary>
    /// <param name="conditions">The conditions, if any.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The count.</returns>
    Task<int> CountAsync(Condition? conditions = null, CancellationToken cancellationToken = default);

    /// <summary>Reads one record.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The record, or <see langword="null"/> when there is none.</returns>
    Task<T?> GetAsync(int id, CancellationToken cancellationToken = default);

    /// <summary>Creates a record (POST).</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The created record.</returns>
    Task<T> CreateAsync(T record, CancellationToken cancellationToken = default);

    /// <summary>Changes some fields (PATCH).</summary>
    /// <param name="id">The id.</param>
    /// <param name="operations">The operations.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The record.</returns>
    Task<T> PatchAsync(int id, IReadOnlyList<PatchOperation> operations, CancellationToken cancellationToken = default);

    /// <summary>Deletes a record.</summary>
    /// <param name="id">The id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when it is deleted.</returns>
    Task DeleteAsync(int id, CancellationToken cancellationToken = default);
}
