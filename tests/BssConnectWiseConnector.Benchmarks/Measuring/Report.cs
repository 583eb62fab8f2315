using System.Globalization;
using System.Text;

namespace BssConnectWiseConnector.Benchmarks.Measuring;

/// <summary>Prints each measurement as it is made, and all of them as a Markdown table at the end.</summary>
internal static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(Measurement m, TextWriter output)
    {
        var perRecord = m.Records > 0 ? ((double)m.Requests.Total / m.Records).ToString("0.####", Invariant) : "n/a";
        output.WriteLine($"== {m.Scenario}");
        output.WriteLine($"   records              {m.Records:N0}");
        output.WriteLine($"   requests             {m.Requests.Total:N0}: {m.Requests.Describe()}");
        output.WriteLine($"   requests per record  {perRecord}");
        output.WriteLine($"   wall time            {Seconds(m.Wall)}");
        output.WriteLine($"   latency floor        {Seconds(m.Floor)} = max(W·L/C, W/R·60 s), W={m.Requests.Total}, L={m.Latency.TotalMilliseconds:0} ms, C={m.Concurrency}, R={m.PerMinute:N0}/min (the client's per-minute limit is part of the floor)");
        if (m.WindowFloor < m.Floor)
        {
            output.WriteLine($"   sliding-window floor {Seconds(m.WindowFloor)} (the first R requests of a minute may go at once)");
        }

        output.WriteLine($"   wall / floor         {Ratio(m.WallOverFloor)}");
        var cpuPerRequest = m.Requests.Total > 0 ? $", {m.Cpu.TotalMilliseconds / m.Requests.Total:0.00} ms per request" : string.Empty;
        output.WriteLine($"   cpu time             {Seconds(m.Cpu)} ({m.MemoryScope}{cpuPerRequest})"
            + (m.SimulatorCpu is { } sim ? $"; simulator process {Seconds(sim)}" : string.Empty) + $"; load average {m.LoadAverage} on {Environment.ProcessorCount} cores");
        output.WriteLine($"   peak working set     {Mib(m.PeakWorkingSet)} ({m.MemoryScope})");
        output.WriteLine($"   allocated            {Mib(m.Allocated)} ({m.MemoryScope})");
        output.WriteLine($"   target               {m.Target}: {Verdict(m)}");
        if (m.Note.Length > 0)
        {
            output.WriteLine($"   note                 {m.Note}");
        }

        output.WriteLine();
        output.Flush();
    }

    public static string Table(IEnumerable<Measurement> measurements)
    {
        var text = new StringBuilder();
        text.AppendLine("| scenario | records | requests (by kind) | req/record | wall | floor | wall/floor | cpu | load | peak WS | allocated | target | result |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var m in measurements)
        {
            var perRecord = m.Records > 0 ? ((double)m.Requests.Total / m.Records).ToString("0.####", Invariant) : "n/a";
            text.AppendLine(Invariant, $"| {m.Scenario} | {m.Records:N0} | {m.Requests.Total:N0}: {m.Requests.Describe()} | {perRecord} | {Seconds(m.Wall)} | {Seconds(m.Floor)} | {Ratio(m.WallOverFloor)} | {Seconds(m.Cpu)}{(m.SimulatorCpu is { } sim ? " + sim " + Seconds(sim) : string.Empty)} | {m.LoadAverage} | {Mib(m.PeakWorkingSet)} | {Mib(m.Allocated)} | {m.Target} | {Verdict(m)} |");
        }

        return text.ToString();
    }

    private static string Verdict(Measurement m) => m.Met switch
    {
        true => "met" + (m.Gap.Length > 0 ? $" ({m.Gap})" : string.Empty),
        false => "MISSED: " + m.Gap,
        null => "reported" + (m.Gap.Length > 0 ? $" ({m.Gap})" : string.Empty),
    };

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString(t.TotalSeconds < 10 ? "0.000" : "0.0", Invariant) + " s";

    private static string Ratio(double r) => double.IsNaN(r) ? "n/a" : r.ToString("0.00", Invariant);

    private static string Mib(long bytes) => bytes < 0 ? "n/a" : (bytes / 1024d / 1024d).ToString("0.0", Invariant) + " MiB";
}
