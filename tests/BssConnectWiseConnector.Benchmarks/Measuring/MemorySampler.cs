namespace BssConnectWiseConnector.Benchmarks.Measuring;

/// <summary>Samples the process's working set every few milliseconds on its own thread and keeps the highest.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public MemorySampler()
    {
        _peak = Environment.WorkingSet;
        _thread = new Thread(Run) { IsBackground = true, Name = "working-set sampler" };
        _thread.Start();
    }

    public long Peak => Interlocked.Read(ref _peak);

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
    }

    private void Run()
    {
        while (!_stop)
        {
            var now = Environment.WorkingSet;
            if (now > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, now);
            }

            Thread.Sleep(5);
        }
    }
}
