namespace BssConnectWiseConnector.Http;

/// <summary>Makes every attempt, retries included, wait for the instance's <see cref="RequestThrottle"/>.</summary>
internal sealed class ThrottlingHandler : DelegatingHandler
{
    private readonly RequestThrottle _throttle;

    /// <summary>Initializes a new instance of the <see cref="ThrottlingHandler"/> class.</summary>
    /// <param name="throttle">The instance's throttle.</param>
    public ThrottlingHandler(RequestThrottle throttle)
    {
        _throttle = throttle;
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var lease = await _throttle.AcquireAsync(cancellationToken).ConfigureAwait(false);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
