namespace BssConnectWiseConnector.Http;

/// <summary>
/// Bounds one instance's requests in flight and per minute, so a large sync stays under ConnectWise's
/// throttling instead of provoking 429s. Shared by every session of an instance.
/// </summary>
internal sealed class RequestThrottle : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _inFlight;
    private readonly SemaphoreSlim _windowLock = new(1, 1);
    private readonly Queue<long> _sentAt = new();
    private readonly int _perMinute;
    private readonly TimeProvider _time;

    /// <summary>Initializes a new instance of the <see cref="RequestThrottle"/> class.</summary>
    /// <param name="maxConcurrency">Requests in flight at most.</param>
    /// <param name="requestsPerMinute">Requests per sliding minute at most.</param>
    /// <param name="time">The clock.</param>
    public RequestThrottle(int maxConcurrency, int requestsPerMinute, TimeProvider time)
    {
        _inFlight = new SemaphoreSlim(maxConcurrency, maxConcurrency);
        _perMinute = requestsPerMinute;
        _time = time;
    }

    /// <summary>Waits for a slot in flight and a place in the minute's budget.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A lease to dispose when the response has arrived.</returns>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WaitForWindowAsync(cancellationToken).ConfigureAwait(false);
            return new Lease(_inFlight);
        }
        catch
        {
            _inFlight.Release();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _inFlight.Dispose();
        _windowLock.Dispose();
    }

    private async Task WaitForWindowAsync(CancellationToken cancellationToken)
    {
        await _windowLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                var now = _time.GetTimestamp();
                while (_sentAt.Count > 0 && _time.GetElapsedTime(_sentAt.Peek(), now) >= Window)
                {
                    _sentAt.Dequeue();
                }

                if (_sentAt.Count < _perMinute)
                {
                    _sentAt.Enqueue(now);
                    return;
                }

                var wait = Window - _time.GetElapsedTime(_sentAt.Peek(), now);
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), _time, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            _windowLock.Release();
        }
    }

    private sealed class Lease(SemaphoreSlim semaphore) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                semaphore.Release();
            }
        }
    }
}
