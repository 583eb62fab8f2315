using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace BssConnectWiseConnector.Http;

/// <summary>
/// Builds the retry pipeline: 429 is retried for every method after its Retry-After (the request was not
/// processed); 5xx answers, timeouts and connection failures only for methods that are safe to repeat, because
/// a retried POST can create a duplicate (the push modules make creates safe by looking up the natural key).
/// </summary>
internal static class ResiliencePipelineFactory
{
    /// <summary>The key of the request method in the resilience context.</summary>
    public static readonly ResiliencePropertyKey<HttpMethod> MethodKey = new("ConnectWise.Method");

    /// <summary>Builds the pipeline.</summary>
    /// <param name="options">The options.</param>
    /// <param name="time">The clock delays and timeouts run on.</param>
    /// <returns>The pipeline.</returns>
    public static ResiliencePipeline<HttpResponseMessage> Create(ResilienceOptions options, TimeProvider time)
    {
        options.Validate();
        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time, options.MaxDelay)),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    /// <summary>Tells whether an outcome is worth another attempt.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="context">The context holding the request method.</param>
    /// <returns><see langword="true"/> to retry.</returns>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ResilienceContext context)
    {
        var method = context.Properties.GetValue(MethodKey, HttpMethod.Get);
        if (outcome.Result is { } response)
        {
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                return true;
            }

            return IsRepeatable(method) && response.StatusCode is HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.RequestTimeout
                or HttpStatusCode.InternalServerError;
        }

        return IsRepeatable(method) && outcome.Exception is HttpRequestException or TimeoutRejectedException or IOException;
    }

    /// <summary>Tells whether a method can be repeated without creating anything twice.</summary>
    /// <param name="method">The method.</param>
    /// <returns><see langword="true"/> for GET, HEAD, OPTIONS, PUT and DELETE.</returns>
    internal static bool IsRepeatable(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Options
        || method == HttpMethod.Put || method == HttpMethod.Delete;

    /// <summary>Reads how long the server asked to wait.</summary>
    /// <param name="response">The response, if any.</param>
    /// <param name="time">The clock.</param>
    /// <param name="maxDelay">The longest wait accepted.</param>
    /// <returns>The wait, or <see langword="null"/> to use the backoff.</returns>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time, TimeSpan maxDelay)
    {
        var retryAfter = response?.Headers.RetryAfter;
        if (retryAfter is null)
        {
            return null;
        }

        var wait = retryAfter.Delta ?? (retryAfter.Date - time.GetUtcNow());
        if (wait is null)
        {
            return null;
        }

        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > maxDelay ? maxDelay : wait;
    }
}
