using Bss.IntegrationFramework.Host.Callbacks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// <c>POST /callbacks/{instance}</c>: where ConnectWise posts an instance's callbacks. It is authenticated by the
/// callback's signature, not by the loopback rule of the pages (ConnectWise reaches it through the TLS proxy in front
/// of the host, under the public name), carries no anti-forgery token, and answers in plain text at once: 202 when
/// queued, 200 for a replay, 4xx/5xx when refused, with nothing stored.
/// </summary>
internal static class CallbackEndpoints
{
    /// <summary>The path every receiver starts with.</summary>
    public const string PathPrefix = "/callbacks";

    /// <summary>Tells whether a request is a callback (not a page).</summary>
    /// <param name="request">The request.</param>
    /// <returns><see langword="true"/> for a POST under <see cref="PathPrefix"/>.</returns>
    public static bool IsCallback(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments(PathPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Maps the receiver.</summary>
    /// <param name="app">The routes.</param>
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(PathPrefix + "/{instance}", ReceiveAsync);

    private static async Task ReceiveAsync(string instance, HttpContext http)
    {
        var receiver = http.RequestServices.GetRequiredService<CallbackReceiver>();
        var body = await ReadBodyAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
        var verdict = body is null
            ? new CallbackVerdict(413, $"The body is larger than {CallbackReceiver.MaxBodyBytes} bytes.")
            : await receiver.ReceiveAsync(instance, body, http.Request.Headers["x-content-signature"].FirstOrDefault(), http.RequestAborted).ConfigureAwait(false);
        http.Response.StatusCode = verdict.Status;
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(verdict.Message, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Reads the body, or gives <see langword="null"/> when it is over the limit (without reading it all).</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > CallbackReceiver.MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > CallbackReceiver.MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
