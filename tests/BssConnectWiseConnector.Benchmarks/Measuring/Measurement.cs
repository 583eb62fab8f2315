namespace BssConnectWiseConnector.Benchmarks.Measuring;

/// <summary>One scenario's figures and how they compare with the target.</summary>
internal sealed record Measurement
{
    public required string Scenario { get; init; }

    public required int Records { get; init; }

    public required RequestTally Requests { get; init; }

    public required TimeSpan Wall { get; init; }

    public TimeSpan Latency { get; init; }

    public int Concurrency { get; init; }

    public int PerMinute { get; init; }

    public long PeakWorkingSet { get; init; }

    public long Allocated { get; init; }

    /// <summary>Gets where the memory figures come from, e.g. "connector process only".</summary>
    public string MemoryScope { get; init; } = "benchmark process, simulator included";

    /// <summary>Gets the processor time of the measured process during the run.</summary>
    public TimeSpan Cpu { get; init; }

    /// <summary>Gets the processor time of the simulator's own process, when it ran in one.</summary>
    public TimeSpan? SimulatorCpu { get; init; }

    /// <summary>Gets the machine's 1-minute load average at the end of the run.</summary>
    public string LoadAverage { get; init; } = "n/a";

    public required string Target { get; init; }

    /// <summary>Gets whether the target is met, or null when it is reported, not judged.</summary>
    public bool? Met { get; init; }

    public string Gap { get; init; } = string.Empty;

    public string Note { get; init; } = string.Empty;

    public TimeSpan Floor => LatencyFloor.Steady(Requests.Total, Latency, Concurrency, PerMinute);

    public TimeSpan WindowFloor => LatencyFloor.Window(Requests.Total, Latency, Concurrency, PerMinute);

    public double WallOverFloor => Floor > TimeSpan.Zero ? Wall / Floor : double.NaN;
}
