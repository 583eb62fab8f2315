using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>Starts a child process and measures it whole (<see cref="ChildRun"/>), its output drained so it never blocks.</summary>
internal static class ChildProcessMeter
{
    public static async Task<ChildRun> RunAsync(ProcessStartInfo start, CancellationToken cancellationToken)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var output = new StringBuilder();
        var cpuBefore = ChildUsage.ProcessorTime();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start.");
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(
            async () =>
            {
                var status = $"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status";
                while (!sampling.IsCancellationRequested)
                {
                    peak = Math.Max(peak, HighWaterMark(status));
                    try
                    {
                        await Task.Delay(5, sampling.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            },
            CancellationToken.None);
        await process.WaitForExitAsync(cancellationToken);
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;
        var cpuAfter = ChildUsage.ProcessorTime();
        var cpu = cpuBefore is { } before && cpuAfter is { } after ? after - before : TimeSpan.Zero;
        lock (output)
        {
            return new ChildRun(process.ExitCode, output.ToString(), watch.Elapsed, cpu, peak);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>Reads VmHWM (the peak resident set the kernel keeps for the process), 0 when the process is gone.</summary>
    private static long HighWaterMark(string statusPath)
    {
        try
        {
            foreach (var line in File.ReadLines(statusPath))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
