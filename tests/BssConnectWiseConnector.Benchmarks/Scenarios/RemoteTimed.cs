using BssConnectWiseConnector.Benchmarks.Hosting;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>Runs a section against a simulator in its own process with a clean request log, metered: the figures are the connector's alone.</summary>
internal static class RemoteTimed
{
    public static async Task<(T Result, Measurement Measurement)> RunAsync<T>(SimulatorProcess simulator, ConnectorHost host, Func<Task<T>> section, CancellationToken cancellationToken)
    {
        await simulator.ClearAsync(cancellationToken).ConfigureAwait(false);
        var simulatorCpu = await simulator.CpuAsync(cancellationToken).ConfigureAwait(false);
        using var meter = Meter.Start();
        var result = await section().ConfigureAwait(false);
        meter.Stop();
        simulatorCpu = await simulator.CpuAsync(cancellationToken).ConfigureAwait(false) - simulatorCpu;
        var requests = await simulator.StatsAsync(cancellationToken).ConfigureAwait(false);
        return (result, new Measurement
        {
            Scenario = string.Empty,
            Records = 0,
            Requests = requests,
            Wall = meter.Wall,
            Concurrency = host.Resilience.MaxConcurrency,
            PerMinute = host.Resilience.RequestsPerMinute,
            PeakWorkingSet = meter.PeakWorkingSet,
            Allocated = meter.Allocated,
            Cpu = meter.Cpu,
            SimulatorCpu = simulatorCpu,
            LoadAverage = meter.LoadAverage,
            MemoryScope = "connector process only",
            Target = string.Empty,
        });
    }
}
