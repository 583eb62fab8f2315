using Bss.IntegrationFramework;
using BssConnectWiseConnector.Benchmarks.Data;
using BssConnectWiseConnector.Benchmarks.Hosting;
using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>
/// An initial push of accounts with the simulator answering every request after 50 ms, at the default concurrency (8),
/// the simulator in its own process so that the connector's processor time is measured apart. "latency": the client's
/// per-minute limit set out of the way, so the floor is W·L/C. "limiter": the client's default 600 a minute, whose
/// floor is the minute budget.
/// </summary>
internal sealed class LatencyScenario(bool limited) : IScenario
{
    public string Name => limited ? "limiter" : "latency";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkArguments args, CancellationToken cancellationToken)
    {
        var n = limited ? args.LimiterAccounts : args.LatencyAccounts;
        var resilience = limited ? ResilienceOptions.Default : BenchHarness.Unthrottled;
        await using var simulator = await SimulatorProcess.StartAsync(0, cancellationToken);
        using var host = new ConnectorHost(simulator.SiteUrl, resilience, TimeProvider.System);
        await simulator.SetLatencyAsync(args.Latency, cancellationToken);
        var accounts = BssData.Accounts(n);

        await simulator.ClearAsync(cancellationToken);
        var simulatorCpu = await simulator.CpuAsync(cancellationToken);
        using var meter = Meter.Start();
        var tally = await host.PushAsync(BssModules.Accounts, accounts, args.BatchSize, cancellationToken);
        meter.Stop();
        simulatorCpu = await simulator.CpuAsync(cancellationToken) - simulatorCpu;
        var requests = await simulator.StatsAsync(cancellationToken);
        var m = new Measurement
        {
            Scenario = $"push at {args.Latency.TotalMilliseconds:0} ms, C={resilience.MaxConcurrency}, R={(limited ? "600/min (default)" : "unlimited")}: {n:N0} accounts",
            Records = n,
            Requests = requests,
            Wall = meter.Wall,
            Latency = args.Latency,
            Concurrency = resilience.MaxConcurrency,
            PerMinute = resilience.RequestsPerMinute,
            PeakWorkingSet = meter.PeakWorkingSet,
            Allocated = meter.Allocated,
            Cpu = meter.Cpu,
            SimulatorCpu = simulatorCpu,
            LoadAverage = meter.LoadAverage,
            MemoryScope = "connector process only",
            Target = "wall ≤ 1.3 × floor",
        };
        return [m with
        {
            Met = m.WallOverFloor <= 1.3 && tally.Failed == 0,
            Gap = $"{m.WallOverFloor:0.00} × floor" + (tally.Failed > 0 ? $", {tally.Failed} failed" : string.Empty),
            Note = limited
                ? $"the steady-rate floor is W/R minutes; a sliding window lets the first {resilience.RequestsPerMinute} go at once, so the bound it allows is {m.WindowFloor.TotalSeconds:0.0} s"
                : string.Empty,
        }];
    }
}
