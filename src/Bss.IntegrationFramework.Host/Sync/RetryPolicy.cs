namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>How failed records are retried by later runs, and when they are quarantined.</summary>
/// <param name="MaxAttempts">Failed attempts in a row after which a record is quarantined until resync.</param>
/// <param name="BaseDelay">The delay after the first failure; it doubles with every further failure.</param>
/// <param name="MaxDelay">The longest delay.</param>
internal sealed record RetryPolicy(int MaxAttempts, TimeSpan BaseDelay, TimeSpan MaxDelay)
{
    /// <summary>Gets the default: quarantine after 5 attempts; retry after 1, 2, 4, 8 minutes, at most an hour.</summary>
    public static RetryPolicy Default { get; } = new(5, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

    /// <summary>Gets the delay before the next attempt.</summary>
    /// <param name="attempts">Failed attempts so far (at least 1).</param>
    /// <returns>The delay.</returns>
    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
