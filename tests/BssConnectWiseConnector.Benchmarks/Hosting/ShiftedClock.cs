namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>
/// The real clock moved by an offset that can change: the simulator stamps seeded records an hour in the past, then
/// catches up, so that an incremental pull sees exactly the later edits. Timestamps (delays, rate windows) stay real.
/// </summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    private long _offsetTicks = offset.Ticks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
