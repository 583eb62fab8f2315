using System.Diagnostics;
using System.Reflection;

namespace BssConnectWiseConnector.Benchmarks.Hosting;

/// <summary>The parent side of a memory run: starts this program as a simulator in its own process and talks to it.</summary>
internal sealed class SimulatorProcess : IAsyncDisposable
{
    private readonly Process _process;

    private SimulatorProcess(Process process, Uri siteUrl)
    {
        _process = process;
        SiteUrl = siteUrl;
    }

    public Uri SiteUrl { get; }

    public static Task<SimulatorProcess> StartAsync(int companies, CancellationToken cancellationToken) =>
        StartAsync(companies, Bss.IntegrationFramework.BssModules.Accounts, cancellationToken);

    /// <summary>Starts the simulator seeded with the records a pull of the module reads (see <see cref="SimulatorServer"/>).</summary>
    public static async Task<SimulatorProcess> StartAsync(int records, string pullModule, CancellationToken cancellationToken)
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
        var start = new ProcessStartInfo(path) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        start.ArgumentList.Add("--serve-simulator");
        start.ArgumentList.Add(records.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--host-pull-module");
        start.ArgumentList.Add(pullModule);
        var process = Process.Start(start) ?? throw new InvalidOperationException("The simulator process did not start.");
        var ready = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (ready is null || !ready.StartsWith("READY ", StringComparison.Ordinal))
        {
            process.Kill();
            throw new InvalidOperationException($"The simulator process answered '{ready}'.");
        }

        return new SimulatorProcess(process, new Uri(ready["READY ".Length..]));
    }

    public async Task<RequestTally> StatsAsync(CancellationToken cancellationToken)
    {
        var answer = await AskAsync("stats", cancellationToken);
        return RequestTally.Parse(answer["STATS ".Length..]);
    }

    public Task ClearAsync(CancellationToken cancellationToken) => AskAsync("clear", cancellationToken);

    /// <summary>Changes N of the seeded records spread over the store (stamped now, after the seeds).</summary>
    public async Task<int> TouchAsync(int count, CancellationToken cancellationToken) =>
        int.Parse((await AskAsync($"touch {count}", cancellationToken))["OK ".Length..], System.Globalization.CultureInfo.InvariantCulture);

    public Task SetLatencyAsync(TimeSpan latency, CancellationToken cancellationToken) =>
        AskAsync($"latency {latency.TotalMilliseconds:0}", cancellationToken);

    /// <summary>Gets the processor time the simulator's process has used so far.</summary>
    public async Task<TimeSpan> CpuAsync(CancellationToken cancellationToken)
    {
        var answer = await AskAsync("cpu", cancellationToken);
        return TimeSpan.FromMilliseconds(double.Parse(answer["CPU ".Length..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _process.StandardInput.WriteLineAsync("quit");
            await _process.StandardInput.FlushAsync();
            await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e) when (e is IOException or TimeoutException)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private async Task<string> AskAsync(string command, CancellationToken cancellationToken)
    {
        await _process.StandardInput.WriteLineAsync(command.AsMemory(), cancellationToken);
        await _process.StandardInput.FlushAsync(cancellationToken);
        return await _process.StandardOutput.ReadLineAsync(cancellationToken)
            ?? throw new InvalidOperationException("The simulator process ended.");
    }
}
