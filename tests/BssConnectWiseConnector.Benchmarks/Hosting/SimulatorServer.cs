using System.Diagnostics;
using System.Globalization;
using BssConnectWiseConnector.Benchmarks.Data;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>
/// The child side of a memory run: this process hosts the simulator seeded with companies, so that the connector's
/// process measures only itself. It prints <c>READY {siteUrl}</c>, then answers <c>stats</c>, <c>clear</c>, <c>cpu</c> and <c>latency MS</c> on
/// standard input until it closes.
/// </summary>
internal static class SimulatorServer
{
    public static async Task<int> ServeAsync(int companies, CancellationToken cancellationToken)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), cancellationToken);
        CompanySeed.Add(simulator.Store, companies);
        Console.Out.WriteLine($"READY {simulator.SiteUrl}");
        Console.Out.Flush();
        while (await Console.In.ReadLineAsync(cancellationToken) is { } line)
        {
            var command = line.Trim();
            switch (command)
            {
                case "cpu":
                    Console.Out.WriteLine("CPU " + Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture));
                    break;
                case var _ when command.StartsWith("latency ", StringComparison.Ordinal):
                    simulator.Options.Faults.Latency = TimeSpan.FromMilliseconds(int.Parse(command["latency ".Length..], CultureInfo.InvariantCulture));
                    Console.Out.WriteLine("OK");
                    break;
                case "stats":
                    Console.Out.WriteLine("STATS " + RequestTally.From(simulator.Requests.Snapshot()));
                    break;
                case "clear":
                    simulator.Requests.Clear();
                    Console.Out.WriteLine("OK");
                    break;
                case "quit":
                    return 0;
                default:
                    Console.Out.WriteLine("ERROR unknown command");
                    break;
            }

            Console.Out.Flush();
        }

        return 0;
    }
}
