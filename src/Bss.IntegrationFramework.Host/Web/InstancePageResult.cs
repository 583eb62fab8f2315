using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// A page in the layout, rendered when the response is written so the banner of the instance's open alerts can be
/// read from the store first; every secret the host knows is masked in the page.
/// </summary>
/// <param name="title">The title.</param>
/// <param name="instance">The instance, if the page is about one.</param>
/// <param name="tab">The instance tab.</param>
/// <param name="body">The main content (HTML).</param>
/// <param name="statusCode">The status code.</param>
internal sealed class InstancePageResult(string title, string? instance, string? tab, string body, int statusCode) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var services = httpContext.RequestServices.GetRequiredService<HostServices>();
        var banner = string.Empty;
        if (instance is not null && await services.Instances.FindAsync(instance, httpContext.RequestAborted).ConfigureAwait(false) is { } info)
        {
            banner = AlertBanner.Render(info.Name, await services.Alerts.GetOpenAsync(info.Id, httpContext.RequestAborted).ConfigureAwait(false));
        }

        // Defence in depth: a secret that reached any text on the page (a connector's message, say) is masked.
        var html = services.Redactor.Redact(PageLayout.Render(title, instance, tab, body, banner)) ?? string.Empty;
        await Results.Content(html, "text/html; charset=utf-8", null, statusCode).ExecuteAsync(httpContext).ConfigureAwait(false);
    }
}
