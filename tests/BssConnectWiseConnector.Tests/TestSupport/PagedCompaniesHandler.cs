using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>
/// Serves forward-only pages of companies (ids 1 to <c>total</c>, <c>pageSize</c> a page) one request at a time as
/// numbered, and tells when each request starts and ends, how many were in flight at once, and which were cancelled;
/// a request can be held until it is cancelled or answered with an error.
/// </summary>
internal sealed class PagedCompaniesHandler(int total, int pageSize) : HttpMessageHandler
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _started = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _ended = new();
    private readonly ConcurrentQueue<int> _cancelled = new();
    private int _calls;
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>Gets the requests that wait until they are cancelled.</summary>
    public HashSet<int> HeldUntilCancelled { get; } = [];

    /// <summary>Gets the requests answered with a 500.</summary>
    public HashSet<int> Failing { get; } = [];

    /// <summary>Gets how long each request takes to answer.</summary>
    public TimeSpan Delay { get; init; }

    public int Calls => Volatile.Read(ref _calls);

    public int InFlight => Volatile.Read(ref _inFlight);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public IReadOnlyCollection<int> Cancelled => _cancelled;

    public Task Started(int call) => Signal(_started, call).Task.WaitAsync(TimeSpan.FromSeconds(10));

    public Task Ended(int call) => Signal(_ended, call).Task.WaitAsync(TimeSpan.FromSeconds(10));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref _calls);
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, inFlight);
        try
        {
            Signal(_started, call).TrySetResult();
            if (Delay > TimeSpan.Zero)
            {
                await Task.Delay(Delay, cancellationToken);
            }

            if (HeldUntilCancelled.Contains(call))
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            }

            if (Failing.Contains(call))
            {
                return new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("""{"code":"Boom","message":"page failed"}""", Encoding.UTF8, "application/json") };
            }

            var from = ((call - 1) * pageSize) + 1;
            var count = Math.Max(0, Math.Min(pageSize, total - from + 1));
            var json = "[" + string.Join(",", Enumerable.Range(from, count).Select(i => "{\"id\":" + i + ",\"name\":\"Company " + i + "\"}")) + "]";
            var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            if (from + count <= total)
            {
                response.Headers.TryAddWithoutValidation("Link", $"<{request.RequestUri!.GetLeftPart(UriPartial.Path)}?pageSize={pageSize}&pageId={from + count - 1}>; rel=\"next\"");
            }

            return response;
        }
        catch (OperationCanceledException)
        {
            _cancelled.Enqueue(call);
            throw;
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            Signal(_ended, call).TrySetResult();
        }
    }

    private static TaskCompletionSource Signal(ConcurrentDictionary<int, TaskCompletionSource> signals, int call) =>
        signals.GetOrAdd(call, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) is var seen && seen != current)
        {
            current = seen;
        }
    }
}
