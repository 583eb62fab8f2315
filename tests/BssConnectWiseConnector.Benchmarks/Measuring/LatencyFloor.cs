namespace BssConnectWiseConnector.Benchmarks.Measuring;

/// <summary>
/// The least wall time W requests can take. With latency L and C requests in flight, W·L/C; and with a client limit of
/// R requests a minute, the limit is part of the floor: at a steady rate W/R minutes. A sliding-window limiter lets
/// the first R requests go at once, so its true bound is lower: the last request cannot start before
/// floor((W−1)/R) minutes after the first.
/// </summary>
internal static class LatencyFloor
{
    // No request has no floor (a row of derived figures, such as the host family's flatness, has neither requests nor a client).
    public static TimeSpan Steady(int requests, TimeSpan latency, int concurrency, int perMinute) =>
        requests == 0 ? TimeSpan.Zero : Max(requests * latency / concurrency, TimeSpan.FromMinutes((double)requests / perMinute));

    public static TimeSpan Window(int requests, TimeSpan latency, int concurrency, int perMinute) =>
        requests == 0 ? TimeSpan.Zero : Max(requests * latency / concurrency, TimeSpan.FromMinutes((requests - 1) / perMinute) + latency);

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
