using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace BssConnectWiseConnector.Tests.TestSupport;

/// <summary>
/// An HTTP receiver on 127.0.0.1 for what a server under test posts out (callbacks, webhooks): it records every
/// request (method, path and query, headers, body) and answers with the statuses queued, then 200.
/// </summary>
public sealed class LoopbackReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _statuses = new();

    /// <summary>Starts listening on a free loopback port under <c>/receiver/</c>.</summary>
    /// <param name="firstStatuses">The statuses of the first answers, in order.</param>
    public LoopbackReceiver(params int[] firstStatuses)
    {
        foreach (var status in firstStatuses)
        {
            _statuses.Enqueue(status);
        }

        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/receiver/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    /// <summary>Gets the address requests are received at (and under).</summary>
    public Uri Url { get; }

    /// <summary>Gets every request received, in order.</summary>
    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>Waits until at least <paramref name="count"/> requests arrived, or the timeout passed.</summary>
    /// <param name="count">The number of requests.</param>
    /// <param name="timeout">How long to wait at most.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>Whether they arrived.</returns>
    public async Task<bool> WaitForAsync(int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        while (Requests.Count < count)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(10), deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Requests.Count >= count;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Closing the listener ends the loop's pending wait; the loop then returns on its own.
        _listener.Stop();
        _listener.Close();
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var buffer = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(buffer);
            var status = _statuses.TryDequeue(out var queued) ? queued : 200;
            var headers = context.Request.Headers.AllKeys.Where(k => k is not null)
                .ToDictionary(k => k!, k => context.Request.Headers[k] ?? string.Empty, StringComparer.OrdinalIgnoreCase);
            Requests.Enqueue(new ReceivedRequest(context.Request.HttpMethod, context.Request.RawUrl ?? string.Empty, headers, buffer.ToArray(), status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }
}
