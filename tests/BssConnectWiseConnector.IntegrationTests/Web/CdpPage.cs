using System.Collections.Concurrent;
using System.Text.Json;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>One browser tab: navigate, run script, type, click, press keys, take screenshots; collects script errors.</summary>
internal sealed class CdpPage
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(30);
    private readonly CdpConnection _connection;
    private readonly string _sessionId;

    public CdpPage(CdpConnection connection, string sessionId)
    {
        _connection = connection;
        _sessionId = sessionId;
        connection.EventReceived += OnEvent;
    }

    /// <summary>Gets script exceptions, console errors and browser log errors (such as a refused script or style).</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    public async Task EnableAsync(CancellationToken cancellationToken)
    {
        await SendAsync("Page.enable", null, cancellationToken);
        await SendAsync("Runtime.enable", null, cancellationToken);
        await SendAsync("Log.enable", null, cancellationToken);
    }

    public Task<JsonElement> SendAsync(string method, object? parameters, CancellationToken cancellationToken) =>
        _connection.SendAsync(method, parameters, _sessionId, cancellationToken);

    public async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        await MarkAsync(cancellationToken);
        await SendAsync("Page.navigate", new { url = url.ToString() }, cancellationToken);
        await WaitForNewDocumentAsync(cancellationToken);
    }

    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, returnByValue = true, awaitPromise = true }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"Script failed: {exception.GetRawText()}{Environment.NewLine}{expression}");
        }

        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? v.Clone() : default;
    }

    public async Task<string> TextAsync(string expression, CancellationToken cancellationToken)
    {
        var value = await EvaluateAsync(expression, cancellationToken);
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.ValueKind == JsonValueKind.Undefined ? string.Empty : value.GetRawText();
    }

    public async Task<bool> TrueAsync(string expression, CancellationToken cancellationToken) =>
        (await EvaluateAsync(expression, cancellationToken)).ValueKind == JsonValueKind.True;

    public async Task WaitForAsync(string expression, string what, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await TrueAsync(expression, cancellationToken))
                {
                    return;
                }
            }
            catch (InvalidOperationException)
            {
                // The document is being replaced; ask again.
            }

            await Task.Delay(100, cancellationToken);
        }

        Assert.Fail($"Timed out waiting for {what} ({expression}) on {await TextAsync("location.href", cancellationToken)}:{Environment.NewLine}{await TextAsync("document.body ? document.body.innerText : ''", cancellationToken)}");
    }

    public Task<string> HtmlAsync(CancellationToken cancellationToken) => TextAsync("document.documentElement.outerHTML", cancellationToken);

    /// <summary>Types a value into a field as a person would end up with it: focus, value, input and change events.</summary>
    public async Task FillAsync(string selector, string value, CancellationToken cancellationToken)
    {
        var done = await TrueAsync(
            $$"""
            (() => { const e = document.querySelector({{Js(selector)}}); if (!e) return false; e.focus(); e.value = {{Js(value)}};
              e.dispatchEvent(new Event('input', { bubbles: true })); e.dispatchEvent(new Event('change', { bubbles: true })); return true; })()
            """,
            cancellationToken);
        Assert.IsTrue(done, $"No field {selector}.");
    }

    public async Task SetCheckedAsync(string selector, bool on, CancellationToken cancellationToken)
    {
        var done = await TrueAsync($"(() => {{ const e = document.querySelector({Js(selector)}); if (!e) return false; e.checked = {(on ? "true" : "false")}; return true; }})()", cancellationToken);
        Assert.IsTrue(done, $"No check box {selector}.");
    }

    /// <summary>Clicks an element that leads to a new page, and waits for that page to load.</summary>
    public async Task ClickAndWaitAsync(string selector, CancellationToken cancellationToken)
    {
        await MarkAsync(cancellationToken);
        var clicked = await TrueAsync($"(() => {{ const e = document.querySelector({Js(selector)}); if (!e) return false; e.click(); return true; }})()", cancellationToken);
        Assert.IsTrue(clicked, $"Nothing to click at {selector} on {await TextAsync("location.href", cancellationToken)}.");
        await WaitForNewDocumentAsync(cancellationToken);
    }

    public async Task PressKeyAsync(string key, int keyCode, CancellationToken cancellationToken)
    {
        await SendAsync("Input.dispatchKeyEvent", new { type = "keyDown", key, code = key, windowsVirtualKeyCode = keyCode, nativeVirtualKeyCode = keyCode }, cancellationToken);
        await SendAsync("Input.dispatchKeyEvent", new { type = "keyUp", key, code = key, windowsVirtualKeyCode = keyCode, nativeVirtualKeyCode = keyCode }, cancellationToken);
    }

    public Task SetViewportAsync(int width, int height, CancellationToken cancellationToken) =>
        SendAsync("Emulation.setDeviceMetricsOverride", new { width, height, deviceScaleFactor = 1, mobile = false }, cancellationToken);

    /// <summary>Takes a PNG of the whole page (not only the viewport).</summary>
    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken)
    {
        var metrics = await SendAsync("Page.getLayoutMetrics", null, cancellationToken);
        var size = metrics.GetProperty("cssContentSize");
        var viewport = metrics.GetProperty("cssLayoutViewport");
        var width = Math.Max(size.GetProperty("width").GetDouble(), viewport.GetProperty("clientWidth").GetDouble());
        var height = Math.Min(Math.Max(size.GetProperty("height").GetDouble(), viewport.GetProperty("clientHeight").GetDouble()), 6000);
        var shot = await SendAsync(
            "Page.captureScreenshot",
            new { format = "png", captureBeyondViewport = true, clip = new { x = 0, y = 0, width, height, scale = 1 } },
            cancellationToken);
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    /// <summary>Quotes a string as a JavaScript literal.</summary>
    public static string Js(string value) => JsonSerializer.Serialize(value);

    private Task MarkAsync(CancellationToken cancellationToken) => EvaluateAsync("window.__cdpOldDocument = true", cancellationToken);

    private Task WaitForNewDocumentAsync(CancellationToken cancellationToken) =>
        WaitForAsync("window.__cdpOldDocument !== true && document.readyState === 'complete'", "the next page", cancellationToken);

    private void OnEvent(string method, JsonElement parameters, string? sessionId)
    {
        if (sessionId != _sessionId)
        {
            return;
        }

        switch (method)
        {
            case "Runtime.exceptionThrown":
                Errors.Enqueue("exception: " + parameters.GetProperty("exceptionDetails").GetRawText());
                break;
            case "Runtime.consoleAPICalled" when parameters.GetProperty("type").GetString() == "error":
                Errors.Enqueue("console.error: " + parameters.GetProperty("args").GetRawText());
                break;
            // Network entries are the answers' status codes (a 422 page of setting errors is expected); the rest are
            // script and security errors, such as a refused inline script.
            case "Log.entryAdded" when parameters.GetProperty("entry").GetProperty("level").GetString() == "error"
                && parameters.GetProperty("entry").GetProperty("source").GetString() != "network":
                Errors.Enqueue("log: " + parameters.GetProperty("entry").GetRawText());
                break;
            case "Page.javascriptDialogOpening":
                // A confirm() (before an unlink) is answered yes, as the administrator in the scenario would.
                _ = _connection.SendAsync("Page.handleJavaScriptDialog", new { accept = true }, _sessionId, CancellationToken.None);
                break;
        }
    }
}
