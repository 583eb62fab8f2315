namespace BssConnectWiseConnector.Http;

/// <summary>
/// The one place that sends requests to ConnectWise: routes in, typed records out, errors mapped to
/// <see cref="Errors.ConnectWiseApiException"/>, lists paged without holding more than one page.
/// </summary>
internal interface IConnectWiseConnection
{
    /// <summary>Gets the API version requests are sent with: the older of the site's and the pinned one.</summary>
    /// <param name="cancellationToken">Cancels the discovery of the site's version.</param>
    /// <returns>The version.</returns>
    Task<ApiVersion> GetApiVersionAsync(CancellationToken cancellationToken);

    /// <summary>Reads one record.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="route">The route relative to the API base.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The record, or <see langword="null"/> when ConnectWise has none (404).</returns>
    Task<T?> FindAsync<T>(string route, CancellationToken cancellationToken)
        where T : class;

    /// <summary>Reads a list one page at a time.</summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="route">The route relative to the API base.</param>
    /// <param name="query">The list parameters.</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    /// <returns>The pages.</returns>
    IAsyncEnumerable<ConnectWisePage<T>> ListPagesAsync<T>(string route, ListQuery query, CancellationToken cancellationToken);

    /// <summary>Counts the records matching conditions.</summary>
    /// <param name="route">The list route; <c>/count</c> is appended.</param>
    /// <param name="conditions">The conditions, if any.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The count.</returns>
    Task<int> CountAsync(string route, Condition? conditions, CancellationToken cancellationToken);

    /// <summary>Sends a request with a JSON body and reads the answer.</summary>
    /// <typeparam name="T">The answer's type.</typeparam>
    /// <param name="method">POST, PUT or PATCH.</param>
    /// <param name="route">The route relative to the API base.</param>
    /// <param name="body">The body.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The answer.</returns>
    Task<T> SendAsync<T>(HttpMethod method, string route, object body, CancellationToken cancellationToken);

    /// <summary>Deletes a record.</summary>
    /// <param name="route">The route relative to the API base.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A task that completes when ConnectWise answered 204.</returns>
    Task DeleteAsync(string route, CancellationToken cancellationToken);
}
