using Microsoft.AspNetCore.Http;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Headers every response carries: scripts and styles only from the host, no framing, nothing cached.</summary>
internal static class SecurityHeaders
{
    /// <summary>Adds the headers, then runs the rest of the pipeline.</summary>
    /// <param name="http">The request.</param>
    /// <param name="next">The rest of the pipeline.</param>
    /// <returns>A task that completes with the response.</returns>
    public static Task ApplyAsync(HttpContext http, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(next);
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // Pages can hold settings; a shared machine's browser cache must not keep them.
        headers.CacheControl = "no-store";
        return next(http);
    }
}
