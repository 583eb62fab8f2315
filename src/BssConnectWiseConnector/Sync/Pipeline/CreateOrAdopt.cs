using BssConnectWiseConnector.Http.Errors;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>
/// A create that is never a duplicate: a POST answered <c>ObjectExists</c> (another writer created the record) or
/// with a redirect (the write may have been applied, its answer lost) is resolved by looking the record up again and
/// adopting it; only when nothing is found does the failure stand.
/// </summary>
internal static class CreateOrAdopt
{
    /// <summary>Creates a record, or adopts the one ConnectWise already holds.</summary>
    /// <typeparam name="TCreated">What the create answers.</typeparam>
    /// <typeparam name="TResult">What the caller makes of it.</typeparam>
    /// <param name="create">The POST.</param>
    /// <param name="created">What to do with the created record.</param>
    /// <param name="adopt">Looks the record up again and adopts it; <see langword="null"/> when nothing is there.</param>
    /// <returns>The result.</returns>
    public static async Task<TResult> RunAsync<TCreated, TResult>(Func<Task<TCreated>> create, Func<TCreated, Task<TResult>> created, Func<Task<TResult?>> adopt)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(created);
        ArgumentNullException.ThrowIfNull(adopt);
        TCreated record;
        try
        {
            record = await create().ConfigureAwait(false);
        }
        catch (ConnectWiseApiException e) when (e.IsObjectExists || e.IsRedirect)
        {
            if (await adopt().ConfigureAwait(false) is { } adopted)
            {
                return adopted;
            }

            throw;
        }

        return await created(record).ConfigureAwait(false);
    }
}
