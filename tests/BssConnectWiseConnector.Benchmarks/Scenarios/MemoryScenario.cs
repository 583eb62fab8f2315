using Bss.IntegrationFramework;
using BssConnectWiseConnector.Benchmarks.Hosting;
using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>
/// Full pulls of growing numbers of companies from a simulator in another process, so that the working set measured
/// is the connector's (and this harness's, which keeps no record), at the client's default limits.
/// </summary>
internal sealed class MemoryScenario : IScenario
{
    public string Name => "memory";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkArguments args, CancellationToken cancellationToken)
    {
        var results = new List<Measurement>();
        foreach (var n in args.MemorySizes)
        {
            results.Add(await PullAsync(n, cancellationToken));
        }

        var peaks = results.Select(r => r.PeakWorkingSet).ToArray();
        var flat = peaks.Max() <= peaks.Min() * 1.25;
        return [.. results.Select(r => r with
        {
            Met = r.PeakWorkingSet < 200L * 1024 * 1024 && flat,
            Gap = (r.Met == false ? r.Gap + "; " : string.Empty) + $"peaks {string.Join(" / ", peaks.Select(p => $"{p / 1024 / 1024} MiB"))} over N = {string.Join(" / ", args.MemorySizes.Select(s => $"{s:N0}"))}" + (flat ? " (flat)" : " (NOT flat)"),
        })];
    }

    private static async Task<Measurement> PullAsync(int n, CancellationToken cancellationToken)
    {
        await using var simulator = await SimulatorProcess.StartAsync(n, cancellationToken);
        var resilience = ResilienceOptions.Default;
        using var host = new ConnectorHost(simulator.SiteUrl, resilience, TimeProvider.System);
        await simulator.ClearAsync(cancellationToken);
        var simulatorCpu = await simulator.CpuAsync(cancellationToken);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var meter = Meter.Start();
        var (records, _) = await host.PullAsync<Account>(BssModules.Accounts, null, cancellationToken);
        meter.Stop();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        simulatorCpu = await simulator.CpuAsync(cancellationToken) - simulatorCpu;
        var requests = await simulator.StatsAsync(cancellationToken);
        var pages = (n + 999) / 1000;
        return new Measurement
        {
            Scenario = $"pull for memory: {n:N0} companies (simulator in its own process)",
            Records = records,
            Requests = requests,
            Wall = meter.Wall,
            Concurrency = resilience.MaxConcurrency,
            PerMinute = resilience.RequestsPerMinute,
            PeakWorkingSet = meter.PeakWorkingSet,
            Allocated = meter.Allocated,
            Cpu = meter.Cpu,
            SimulatorCpu = simulatorCpu,
            LoadAverage = meter.LoadAverage,
            MemoryScope = "connector process only",
            Target = "peak working set < 200 MiB, flat in N",
            Met = records == n ? null : false,
            Gap = records == n ? string.Empty : $"{records} of {n} records read",
            Note = $"list requests {requests.Of("GET list")} (ceil(N/1000) = {pages}); managed heap retained after the pull (full GC): {retained / 1024d / 1024d:0.0} MiB",
        };
    }
}
