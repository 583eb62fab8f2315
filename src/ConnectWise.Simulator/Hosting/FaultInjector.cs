using System.Globalization;
using System.Text;
using ConnectWise.Simulator.Api;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Hosting;

/// <summary>
/// Applies <see cref="SimulatorFaults"/> to API calls (never to <c>login/companyinfo</c>), in this order: latency,
/// the requests-per-minute limit, a share of 429s, a share of 500/503s, a share of dropped connections, and for
/// POSTs a share of http:// redirects and of commits whose response then fails.
/// </summary>
internal sealed class FaultInjector(SimulatorOptions options)
{
    /// <summary>The HttpContext item set when the injector drops a connection, for the request log.</summary>
    public const string DroppedItem = "ConnectWise.Simulator.Dropped";

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Lock _gate = new();
    private readonly Queue<DateTimeOffset> _recent = new();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        if (!path.Contains("/" + ApiRequestHandler.ApiSegment, StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var faults = options.Faults;
        var cancellationToken = context.RequestAborted;
        if (faults.Latency > TimeSpan.Zero)
        {
            await Task.Delay(faults.Latency, options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (OverRateLimit(faults.RequestsPerMinuteLimit) is { } wait)
        {
            await TooManyRequestsAsync(context, wait, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (faults.Roll(faults.TooManyRequestsShare))
        {
            await TooManyRequestsAsync(context, Math.Max(1, faults.RetryAfterSeconds), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (faults.Roll(faults.ServerErrorShare))
        {
            await ServerErrorAsync(context, serviceUnavailable: faults.Roll(0.5), cancellationToken).ConfigureAwait(false);
            return;
        }

        if (faults.Roll(faults.DropConnectionShare))
        {
            await DropAsync(context, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method))
        {
            if (faults.Roll(faults.RedirectPostShare))
            {
                // ConnectWise cloud's proxy has answered creates with a redirect to an insecure location.
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = $"http://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}";
                return;
            }

            if (faults.Roll(faults.CommitThenFailShare))
            {
                await CommitThenFailAsync(context, next, faults.CommitThenFailMode, cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }

    /// <summary>Counts the call in the sliding window; the seconds to wait when it is over the limit.</summary>
    private int? OverRateLimit(int limit)
    {
        if (limit <= 0)
        {
            return null;
        }

        var now = options.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            while (_recent.Count > 0 && now - _recent.Peek() >= Window)
            {
                _recent.Dequeue();
            }

            if (_recent.Count >= limit)
            {
                return Math.Max(1, (int)Math.Ceiling((_recent.Peek() + Window - now).TotalSeconds));
            }

            _recent.Enqueue(now);
            return null;
        }
    }

    private static Task TooManyRequestsAsync(HttpContext context, int seconds, CancellationToken cancellationToken)
    {
        var error = new ApiErrorException(429, "TooManyRequests", $"Too many requests. Please try again in {seconds} seconds.");
        error.Headers["Retry-After"] = seconds.ToString(CultureInfo.InvariantCulture);
        return JsonResponse.WriteErrorAsync(context, error, cancellationToken);
    }

    private static async Task ServerErrorAsync(HttpContext context, bool serviceUnavailable, CancellationToken cancellationToken)
    {
        if (serviceUnavailable)
        {
            // What sits in front of ConnectWise answers 503 with an HTML page, not a JSON body.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<html><body><h1>503 Service Unavailable</h1></body></html>", cancellationToken).ConfigureAwait(false);
            return;
        }

        var error = new ApiErrorException(500, "UnexpectedError", "An unexpected error has occurred. Please try again later.");
        await JsonResponse.WriteErrorAsync(context, error, cancellationToken).ConfigureAwait(false);
    }

    private static async Task DropAsync(HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("[{\"id\":"), cancellationToken).ConfigureAwait(false);
        await context.Response.Body.FlushAsync(cancellationToken).ConfigureAwait(false);
        Drop(context);
    }

    private static async Task CommitThenFailAsync(HttpContext context, RequestDelegate next, CommitFailureMode mode, CancellationToken cancellationToken)
    {
        var response = context.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context).ConfigureAwait(false);
        }
        finally
        {
            response.Body = original;
        }

        if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status201Created))
        {
            // Nothing was committed: pass the real answer through.
            buffer.Position = 0;
            await buffer.CopyToAsync(original, cancellationToken).ConfigureAwait(false);
            return;
        }

        response.Clear();
        if (mode == CommitFailureMode.DropConnection)
        {
            Drop(context);
            return;
        }

        await ServerErrorAsync(context, serviceUnavailable: false, cancellationToken).ConfigureAwait(false);
    }

    private static void Drop(HttpContext context)
    {
        context.Items[DroppedItem] = true;
        context.Abort();
    }
}
