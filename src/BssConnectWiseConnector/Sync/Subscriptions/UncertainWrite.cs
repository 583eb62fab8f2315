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
}
