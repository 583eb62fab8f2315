using System.Runtime.InteropServices;
using BssConnectWiseConnector.Benchmarks.Hosting;
using BssConnectWiseConnector.Benchmarks.Scenarios;

namespace BssConnectWiseConnector.Benchmarks;

/// <summary>Runs the chosen scenarios, prints each measurement as it is made and a Markdown table of all at the end.</summary>
internal static class BenchmarkApp
{
    private static readonly IScenario[] All =
    [
        new PushScenario(),
        new PullScenario(),
        new SubscriptionsScenario(),
        new LatencyScenario(limited: false),
        new LatencyScenario(limited: true),
        new MemoryScenario(),
        new StormScenario(),
        new HostScenario(),
    ];

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        BenchmarkArguments parsed;
        try
        {
            parsed = BenchmarkArguments.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }

        if (parsed.ServeSimulator is { } companies)
        {
            return await SimulatorServer.ServeAsync(companies, parsed.HostPullModule, cancellationToken);
        }

        var unknown = parsed.Scenarios.Except(All.Select(s => s.Name)).ToArray();
        if (unknown.Length > 0 || args.Contains("--help"))
        {
            await Console.Error.WriteLineAsync((unknown.Length > 0 ? $"Unknown scenario {string.Join(", ", unknown)}.\n" : string.Empty) + BenchmarkArguments.Usage);
            return unknown.Length > 0 ? 2 : 0;
        }

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {RuntimeInformation.OSDescription}, .NET {Environment.Version}{(parsed.Quick ? "; quick mode" : string.Empty)}");
        Console.WriteLine();
        var measurements = new List<Measurement>();
        var failed = false;
        foreach (var scenario in All.Where(s => parsed.Scenarios.Count == 0 || parsed.Scenarios.Contains(s.Name)))
        {
            try
            {
                foreach (var m in await scenario.RunAsync(parsed, cancellationToken))
                {
                    Report.Print(m, Console.Out);
                    measurements.Add(m);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failed = true;
                await Console.Error.WriteLineAsync($"scenario {scenario.Name} failed: {e}");
            }
        }

        Console.WriteLine(Report.Table(measurements));
        return failed ? 1 : 0;
    }
}
