namespace BssConnectWiseConnector.Http;

/// <summary>Counts the requests a session sends, retries included, for the connector report and the benchmarks.</summary>
internal sealed class RequestCounter
{
    /// <summary>The request option that carries the session's counter through the shared handler chain.</summary>
    public static readonly HttpRequestOptionsKey<RequestCounter> OptionKey = new("BssConnectWiseConnector.RequestCounter");

    private long _total;
    private long _writes;

    /// <summary>Gets every request sent.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>Gets the POST, PUT, PATCH and DELETE requests sent.</summary>
    public long Writes => Interlocked.Read(ref _writes);

    /// <summary>Counts one request.</summary>
    /// <param name="method">Its method.</param>
    public void Count(HttpMethod method)
    {
        Interlocked.Increment(ref _total);
        if (method != HttpMethod.Get && method != HttpMethod.Head)
        {
            Interlocked.Increment(ref _writes);
        }
    }
}
