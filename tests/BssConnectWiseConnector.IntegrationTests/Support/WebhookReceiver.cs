using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace BssConnectWiseConnector.IntegrationTests.Support;

/// <summary>A webhook receiver on 127.0.0.1: records every request and answers with the statuses queued, then 200.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _statuses = new();
    private readonly Task _loop;

    public WebhookReceiver(params int[] firstStatuses)
    {
        foreach (var status in firstStatuses)
        {
            _statuses.Enqueue(status);
        }

        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = new Uri($"http://127.0.0.1:{port}/hooks/bss/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri Url { get; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public IReadOnlyList<JsonElement> Bodies => [.. Requests.Where(r => r.Status == 200).Select(r => JsonDocument.Parse(r.Body).RootElement)];

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
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
            Requests.Enqueue(new Received(
                context.Request.HttpMethod,
                context.Request.ContentType,
                context.Request.Headers["X-Bss-Signature"],
                context.Request.Headers["X-Bss-Event"],
                buffer.ToArray(),
                status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    internal sealed record Received(string Method, string? ContentType, string? Signature, string? Event, byte[] Body, int Status)
    {
        public string Text => System.Text.Encoding.UTF8.GetString(Body);
    }
}
