using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// Renders a page into a buffer, masks every secret the host knows in it, then sends it. Defence in depth: a secret
/// that reached any text on the page (a connector's message, say) is masked even though no page writes one.
/// </summary>
/// <param name="page">The page's own result (a Razor component).</param>
internal sealed class RedactedPageResult(IResult page) : IResult
{
    /// <inheritdoc />
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await page.ExecuteAsync(httpContext).ConfigureAwait(false);
            await response.BodyWriter.FlushAsync(httpContext.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            response.Body = body;
        }

        var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        var redacted = httpContext.RequestServices.GetRequiredService<HostServices>().Redactor.Redact(html) ?? string.Empty;
        var bytes = Encoding.UTF8.GetBytes(redacted);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
