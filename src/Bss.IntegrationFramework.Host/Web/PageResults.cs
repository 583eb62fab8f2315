using Bss.IntegrationFramework.Host.Web.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Builds the responses of the pages: a Razor component rendered to the response, through the secret redactor.</summary>
internal static class PageResults
{
    /// <summary>Renders a page component.</summary>
    /// <typeparam name="TPage">The page component.</typeparam>
    /// <param name="parameters">The component's parameters by name.</param>
    /// <param name="statusCode">The status code.</param>
    /// <returns>The result.</returns>
    public static IResult Page<TPage>(IReadOnlyDictionary<string, object?> parameters, int statusCode = StatusCodes.Status200OK)
        where TPage : IComponent =>
        new RedactedPageResult(new RazorComponentResult<TPage>(parameters) { StatusCode = statusCode, ContentType = "text/html; charset=utf-8" });

    /// <summary>Renders an error page.</summary>
    /// <param name="message">What went wrong (plain text).</param>
    /// <param name="statusCode">The status code.</param>
    /// <returns>The result.</returns>
    public static IResult Error(string message, int statusCode) =>
        Page<ErrorPage>(new Dictionary<string, object?> { [nameof(ErrorPage.Message)] = message }, statusCode);

    /// <summary>Gets the path of an instance page.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="page">The page.</param>
    /// <returns>The path (not HTML-encoded; Razor encodes it where it is written).</returns>
    public static string PathOf(string instance, string page) => $"/instances/{Uri.EscapeDataString(instance)}/{page}";
}
