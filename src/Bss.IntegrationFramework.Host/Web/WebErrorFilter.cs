using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// Checks the anti-forgery token of every POST before its handler runs, and turns the host's failures into an
/// error page (or JSON for the script endpoints) with the message the command line would print.
/// </summary>
internal sealed class WebErrorFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    /// <inheritdoc />
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var json = http.Request.Path.Value?.EndsWith(".json", StringComparison.Ordinal) == true;
        if (HttpMethods.IsPost(http.Request.Method) && !await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Fail(http, json, "The form expired or did not come from these pages; reload the page and try again.", StatusCodes.Status400BadRequest);
        }

        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (HostException ex)
        {
            return Fail(http, json, ex.Message, ex.Message.Contains("does not exist", StringComparison.Ordinal) ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest);
        }
        catch (ConnectorConfigurationException ex)
        {
            return Fail(http, json, ex.Message + " Fix it on the Settings page.", StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Fail(HttpContext http, bool json, string message, int statusCode) =>
        json
            ? Results.Json(new { error = http.RequestServices.GetRequiredService<HostServices>().Redactor.Redact(message) }, statusCode: statusCode)
            : PageResults.Error(message, statusCode);
}
