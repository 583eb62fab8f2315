namespace BssConnectWiseConnector.Http;

/// <summary>
/// Counts each attempt as it goes on the wire, in the counter of the session that sent it
/// (<see cref="RequestCounter.OptionKey"/>) and in the instance's total.
/// </summary>
internal sealed class CountingHandler : DelegatingHandler
{
    private readonly RequestCounter _instanceTotal;

    /// <summary>Initializes a new instance of the <see cref="CountingHandler"/> class.</summary>
    /// <param name="instanceTotal">The instance's counter across sessions.</param>
    public CountingHandler(RequestCounter instanceTotal)
    {
        _instanceTotal = instanceTotal;
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        _instanceTotal.Count(request.Method);
        if (request.Options.TryGetValue(RequestCounter.OptionKey, out var session))
        {
            session.Count(request.Method);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
