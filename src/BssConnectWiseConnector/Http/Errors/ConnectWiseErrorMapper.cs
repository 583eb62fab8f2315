using System.Net;
using Newtonsoft.Json;

namespace BssConnectWiseConnector.Http.Errors;

/// <summary>Turns an error answer into the exception a caller branches on. Never throws while parsing.</summary>
internal static class ConnectWiseErrorMapper
{
    private const int MaxRawBody = 2048;

    /// <summary>Builds the exception for an error answer.</summary>
    /// <param name="status">The HTTP status.</param>
    /// <param name="body">The body, possibly not JSON.</param>
    /// <param name="method">The request method.</param>
    /// <param name="path">The request path without the query.</param>
    /// <param name="redactor">Removes secrets from the body.</param>
    /// <returns>The exception.</returns>
    public static ConnectWiseApiException Map(HttpStatusCode status, string? body, string? method, string? path, SecretRedactor redactor)
    {
        var parsed = TryParse(body);
        var raw = redactor.Redact(Truncate(body));
        var info = new ConnectWiseErrorInfo(
            status,
            redactor.Redact(parsed?.Code),
            redactor.Redact(parsed?.Message ?? FallbackMessage(status, body)),
            parsed?.Errors?.Where(e => e is not null).ToArray() ?? [],
            method,
            path,
            raw);

        return status switch
        {
            HttpStatusCode.NotFound => new ConnectWiseNotFoundException(info),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new ConnectWiseAuthenticationException(info),
            HttpStatusCode.TooManyRequests => new ConnectWiseRateLimitedException(info),
            HttpStatusCode.BadRequest or HttpStatusCode.Conflict => new ConnectWiseValidationException(info),
            _ => new ConnectWiseApiException(info),
        };
    }

    private static ConnectWiseErrorBody? TryParse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body) || body.TrimStart()[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<ConnectWiseErrorBody>(body, ConnectWiseJson.Settings);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // Throttling answers use {"error":…,"message":…} and proxies answer HTML; keep something readable either way.
    private static string? FallbackMessage(HttpStatusCode status, string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        return body.TrimStart().StartsWith('<') ? $"the server answered {(int)status} with an HTML page instead of the API (check the ConnectWise URL)" : null;
    }

    private static string? Truncate(string? body) =>
        body is null || body.Length <= MaxRawBody ? body : body[..MaxRawBody] + "…";
}
