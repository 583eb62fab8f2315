namespace BssConnectWiseConnector.Http;

/// <summary>How the connector retries, times out and limits its requests.</summary>
public sealed record ResilienceOptions
{
    /// <summary>Gets the retries after the first attempt. The default value is 6.</summary>
    public int MaxRetryAttempts { get; init; } = 6;

    /// <summary>Gets the first backoff delay, doubled on each retry with jitter. The default value is 500 ms.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets the longest wait before a retry, Retry-After included. The default value is 2 minutes.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Gets the timeout of one attempt. The default value is 100 seconds.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>Gets the timeout of a request with all its retries. The default value is 10 minutes.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Gets the requests kept in flight at most. The default value is 8.</summary>
    public int MaxConcurrency { get; init; } = ConnectWiseDefaults.DefaultMaxConcurrency;

    /// <summary>Gets the requests sent per minute at most. The default value is 600.</summary>
    public int RequestsPerMinute { get; init; } = ConnectWiseDefaults.DefaultRequestsPerMinute;

    /// <summary>Gets the default options.</summary>
    public static ResilienceOptions Default { get; } = new();

    /// <summary>Checks the options are consistent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetryAttempts);
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxConcurrency, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(RequestsPerMinute, 1);
        if (TotalTimeout <= AttemptTimeout)
        {
            throw new ArgumentOutOfRangeException(nameof(TotalTimeout), "The total timeout must exceed the attempt timeout.");
        }
    }
}
