using System.Net;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Diagnostics;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using Polly.Timeout;

namespace BssConnectWiseConnector.Sync;

/// <summary>Turns an exception from a push into the failure kind and reason the report shows.</summary>
internal static class PushFailureClassifier
{
    /// <summary>Classifies an exception.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The failure kind and a reason for the administrator.</returns>
    public static (FailureKind Kind, string Reason) Classify(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ConnectWiseAuthenticationException { IsPermission: true } e =>
                (FailureKind.Permission, $"The API member may not do this: {e.Message}. {SecurityFunctions.Requirement(e.Method, e.Path)}"),
            ConnectWiseAuthenticationException e =>
                (FailureKind.Configuration, $"ConnectWise refused the credentials: {e.Message}. Check the Company ID, the public and private keys and the Client Id."),
            ConnectWiseRateLimitedException e =>
                (FailureKind.Transient, $"ConnectWise kept throttling the connector: {e.Message}. The record is retried on the next run."),
            ConnectWiseValidationException e when e.IsObjectExists =>
                (FailureKind.Conflict, $"ConnectWise already holds this record: {e.Message}"),
            ConnectWiseValidationException e =>
                (FailureKind.Data, $"ConnectWise refused the record: {e.Message}"),
            ConnectWiseApiException { IsRedirect: true } e =>
                (FailureKind.Transient, e.Message),
            ConnectWiseApiException e when (int)e.StatusCode >= 500 || e.StatusCode == HttpStatusCode.RequestTimeout =>
                (FailureKind.Transient, $"ConnectWise failed: {e.Message}. The record is retried on the next run."),
            ConnectWiseApiException e =>
                (FailureKind.Data, $"ConnectWise refused the record: {e.Message}"),
            ConnectWiseSiteException e =>
                (FailureKind.Configuration, e.Message),
            TimeoutRejectedException or TaskCanceledException or TimeoutException =>
                (FailureKind.Transient, "ConnectWise did not answer in time; the record is retried on the next run."),
            HttpRequestException e =>
                (FailureKind.Transient, $"ConnectWise could not be reached ({e.HttpRequestError}); the record is retried on the next run."),
            IOException =>
                (FailureKind.Transient, "The connection to ConnectWise broke; the record is retried on the next run."),
            _ => (FailureKind.Transient, $"Unexpected error: {exception.GetType().Name}: {exception.Message}"),
        };
    }
}
