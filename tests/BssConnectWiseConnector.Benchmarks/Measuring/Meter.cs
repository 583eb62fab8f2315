using System.Diagnostics;

namespace BssConnectWiseConnector.Benchmarks.Measuring;

/// <summary>Measures one timed section: wall time, the peak working set sampled during it, and the bytes allocated.</summary>
internal sealed class Meter : IDisposable
{
    private readonly Stopwatch _watch;
    private readonly long _allocatedBefore;
    private readonly MemorySampler _sampler;
    private readonly TimeSpan _cpuBefore;

    private Meter()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _sampler = new MemorySampler();
        _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        _cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        _watch = Stopwatch.StartNew();
    }

    public TimeSpan Wall { get; private set; }

    public long PeakWorkingSet { get; private set; }

    public long Allocated { get; private set; }

    /// <summary>Gets the processor time this process used during the section (all threads).</summary>
    public TimeSpan Cpu { get; private set; }

    /// <summary>Gets the 1-minute load average of the machine when the section ended (other work on the machine included).</summary>
    public string LoadAverage { get; private set; } = "n/a";

    public static Meter Start() => new();

    public void Stop()
    {
        _watch.Stop();
        Wall = _watch.Elapsed;
        Allocated = GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;
        Cpu = Process.GetCurrentProcess().TotalProcessorTime - _cpuBefore;
        LoadAverage = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        PeakWorkingSet = _sampler.Peak;
        _sampler.Dispose();
    }

    public void Dispose()
    {
        if (_watch.IsRunning)
        {
            Stop();
        }
    }
}
