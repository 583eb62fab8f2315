namespace BssConnectWiseConnector.Http;

/// <summary>Counts each request as it goes on the wire.</summary>
internal sealed class CountingHandler : DelegatingHandler
{
    private readonly RequestCounter _counter;

    /// <summary>Initializes a new instance of the <see cref="CountingHandler"/> class.</summary>
    /// <param name="counter">Where to count.</param>
    public CountingHandler(RequestCounter counter)
    {
        _counter = counter;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        _counter.Count(request.Method);
        return base.SendAsync(request, cancellationToken);
    }
}
