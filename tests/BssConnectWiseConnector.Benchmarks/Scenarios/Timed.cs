using BssConnectWiseConnector.Benchmarks.Hosting;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>Runs a section against an in-process simulator with a clean request log, metered.</summary>
internal static class Timed
{
    public static async Task<(T Result, Meter Meter, RequestTally Requests)> RunAsync<T>(BenchHarness harness, Func<Task<T>> section)
    {
        harness.Simulator.Requests.Clear();
        using var meter = Meter.Start();
        var result = await section().ConfigureAwait(false);
        meter.Stop();
        return (result, meter, RequestTally.From(harness.Simulator.Requests.Snapshot()));
    }

    public static Measurement Measure(string scenario, int records, Meter meter, RequestTally requests, BenchHarness harness, string target) => new()
    {
        Scenario = scenario,
        Records = records,
        Requests = requests,
        Wall = meter.Wall,
        Latency = harness.Simulator.Options.Faults.Latency,
        Concurrency = harness.Resilience.MaxConcurrency,
        PerMinute = harness.Resilience.RequestsPerMinute,
        PeakWorkingSet = meter.PeakWorkingSet,
        Allocated = meter.Allocated,
        Cpu = meter.Cpu,
        LoadAverage = meter.LoadAverage,
        Target = target,
    };
}
