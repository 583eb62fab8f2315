using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Builds the responses of the pages.</summary>
internal static class PageResults
{
    /// <summary>Gets the anti-forgery token of a request, storing its cookie.</summary>
    /// <param name="http">The request.</param>
    /// <returns>The token.</returns>
    public static FormToken Token(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        var tokens = antiforgery.GetAndStoreTokens(http);
        return new FormToken(tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
    }

    /// <summary>Renders a page in the layout.</summary>
    /// <param name="http">The request.</param>
    /// <param name="title">The title.</param>
    /// <param name="instance">The instance, if the page is about one.</param>
    /// <param name="tab">The instance tab.</param>
    /// <param name="body">The main content, given the token for its forms.</param>
    /// <param name="statusCode">The status code.</param>
    /// <returns>The result.</returns>
    public static IResult Page(HttpContext http, string title, string? instance, string? tab, Func<FormToken, string> body, int statusCode = StatusCodes.Status200OK)
    {
        ArgumentNullException.ThrowIfNull(body);
        var token = Token(http);
        return new InstancePageResult(title, instance, tab, body(token), statusCode);
    }

    /// <summary>Renders an error page.</summary>
    /// <param name="http">The request.</param>
    /// <param name="message">What went wrong (plain text).</param>
    /// <param name="statusCode">The status code.</param>
    /// <returns>The result.</returns>
    public static IResult Error(HttpContext http, string message, int statusCode) =>
        Page(http, "Something needs attention", null, null, _ => $"<p class=\"alert error\" role=\"alert\">{Html.E(message)}</p><p><a href=\"/\">Back to the instances</a></p>", statusCode);

    /// <summary>Gets the path of an instance page.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="page">The page.</param>
    /// <returns>The path (not HTML-encoded).</returns>
    public static string PathOf(string instance, string page) => $"/instances/{Uri.EscapeDataString(instance)}/{page}";
}
