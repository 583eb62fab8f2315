using BssConnectWiseConnector.Http.Errors;
using Polly.Timeout;

namespace BssConnectWiseConnector.Sync.Subscriptions;

/// <summary>Tells the failures after which a POST may have been committed although its answer was lost.</summary>
internal static class UncertainWrite
{
    /// <summary>Tells whether a failed POST may still have created the record.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns><see langword="true"/> when ConnectWise may hold the record: look before creating again.</returns>
    public static bool MayHaveCommitted(Exception exception) => exception switch
    {
        ConnectWiseApiException { IsRedirect: true } => true,
        ConnectWiseApiException e => (int)e.StatusCode >= 500,
        HttpRequestException or IOException or TimeoutRejectedException or TimeoutException => true,
        _ => false,
    };

    /// <summary>Creates a record; when the POST failed in a way that may have committed it, looks for it before anything else happens.</summary>
    /// <typeparam name="T">What the create answers.</typeparam>
    /// <param name="create">The POST.</param>
    /// <param name="lookAgain">Finds the record the lost answer may have created; <see langword="null"/> when it is not there.</param>
    /// <returns>The created record, or the one found; when none is found the failure stands.</returns>
    public static async Task<T> CreateAsync<T>(Func<Task<T>> create, Func<Task<T?>> lookAgain)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(lookAgain);
        try
        {
            return await create().ConfigureAwait(false);
        }
        catch (Exception e) when (MayHaveCommitted(e))
        {
            if (await lookAgain().ConfigureAwait(false) is { } found)
            {
                return found;
            }

            throw;
        }
    }
}
