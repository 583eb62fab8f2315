using System.Net;
using Microsoft.AspNetCore.Http;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// Answers only requests addressed to a loopback name. Listening on 127.0.0.1 is not enough: a web site whose name
/// is made to resolve to 127.0.0.1 (DNS rebinding) would otherwise be same-origin with the pages, able to read their
/// forms' tokens and post them. Such a request names the site's host, so it is refused here.
/// </summary>
internal static class LoopbackHostFilter
{
    /// <summary>Refuses a request whose Host is not loopback, else runs the rest of the pipeline.</summary>
    /// <param name="http">The request.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task that completes with the response.</returns>
    public static Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        if (IsLoopback(http.Request.Host.Host))
        {
            return next(http);
        }

        http.Response.StatusCode = StatusCodes.Status400BadRequest;
        http.Response.ContentType = "text/plain; charset=utf-8";
        return http.Response.WriteAsync("The settings pages answer only at 127.0.0.1, localhost or [::1].", http.RequestAborted);
    }

    /// <summary>Tells whether a host name is a loopback name or address.</summary>
    /// <param name="host">The host, without port.</param>
    /// <returns><see langword="true"/> for localhost and loopback addresses.</returns>
    public static bool IsLoopback(string? host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host?.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
