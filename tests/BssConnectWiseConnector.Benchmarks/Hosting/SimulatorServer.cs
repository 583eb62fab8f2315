using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Benchmarks.Data;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>
/// The child side of a memory run: this process hosts the simulator seeded with the records of one pull module
/// (companies; companies with a contact each; or catalog items beside those the simulator seeds), so that the
/// connector's process measures only itself. It prints <c>READY {siteUrl}</c>, then answers <c>stats</c>,
/// <c>clear</c>, <c>cpu</c>, <c>latency MS</c> and <c>touch N</c> (changes N of the module's records spread over the
/// store) on standard input until it closes. The seeded records are stamped an hour in the past, so an incremental
/// pull sees exactly the later changes.
/// </summary>
internal static class SimulatorServer
{
    public static async Task<int> ServeAsync(int records, string pullModule, CancellationToken cancellationToken)
    {
        var clock = new ShiftedClock(TimeSpan.FromHours(-1));
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock }, cancellationToken);
        var (resource, touch) = Seed(simulator.Store, records, pullModule);
        clock.Advance(TimeSpan.FromMinutes(65));
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
                case var _ when command.StartsWith("touch ", StringComparison.Ordinal):
                    Console.Out.WriteLine("OK " + Touch(simulator.Store, resource, touch, int.Parse(command["touch ".Length..], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture));
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

    // The records a pull of the module reads, and the change a touch makes to one of them.
    private static (string Resource, Action<JsonObject> Touch) Seed(SimulatorStore store, int records, string pullModule)
    {
        switch (pullModule)
        {
            case BssModules.Contacts:
                ContactSeed.Add(store, records);
                return (ContactSeed.Contacts, c => c["title"] = "Chief Financial Officer");
            case BssModules.Products:
                CatalogSeed.Add(store, records);
                return (CatalogSeed.Catalog, c => c["price"] = 23.0);
            default:
                CompanySeed.Add(store, records);
                return (CompanySeed.Companies, c => c["city"] = "York");
        }
    }

    private static int Touch(SimulatorStore store, string resource, Action<JsonObject> touch, int count)
    {
        var all = store.All(resource);
        var ids = all.Where((_, i) => i % Math.Max(1, all.Count / Math.Max(1, count)) == 0).Take(count).Select(c => (int)c["id"]!).ToArray();
        foreach (var id in ids)
        {
            store.Update(resource, id, touch);
        }

        return ids.Length;
    }
}
