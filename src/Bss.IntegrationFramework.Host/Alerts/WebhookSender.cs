using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>
/// Posts alert notifications to a webhook: a small JSON body signed with HMAC-SHA256, retried with growing delays
/// when the receiver fails (5xx, 408, 429, no answer), never redirected (a redirect could lead to plain http).
/// </summary>
internal sealed class WebhookSender : IDisposable
{
    /// <summary>The delays before the second, third and fourth attempts when nothing else is configured.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultRetryDelays = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30)];

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _client;
    private readonly IReadOnlyList<TimeSpan> _retryDelays;
    private readonly TimeProvider _timeProvider;

    /// <summary>Initializes a new instance of the <see cref="WebhookSender"/> class.</summary>
    /// <param name="retryDelays">The delays between attempts; their count plus one is the number of attempts.</param>
    /// <param name="timeProvider">The clock the delays wait on.</param>
    /// <param name="timeout">How long one attempt may take.</param>
    public WebhookSender(IReadOnlyList<TimeSpan> retryDelays, TimeProvider timeProvider, TimeSpan timeout)
    {
        _retryDelays = retryDelays;
        _timeProvider = timeProvider;
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, UseProxy = false }) { Timeout = timeout };
    }

    /// <summary>Serializes a notification as it is sent.</summary>
    /// <param name="notification">The notification.</param>
    /// <returns>The body's bytes.</returns>
    public static byte[] Serialize(AlertNotification notification) => JsonSerializer.SerializeToUtf8Bytes(notification, Json);

    /// <summary>Sends a notification.</summary>
    /// <param name="url">The webhook's address (already checked).</param>
    /// <param name="secret">The signing secret, or <see langword="null"/> to send it unsigned.</param>
    /// <param name="notification">The notification.</param>
    /// <param name="cancellationToken">Stops the attempts.</param>
    /// <returns>What became of it.</returns>
    public async Task<WebhookDelivery> SendAsync(Uri url, string? secret, AlertNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(notification);
        var body = Serialize(notification);
        var signature = secret is null ? null : WebhookSignature.Compute(secret, body);
        var delivery = Guid.NewGuid().ToString("N");
        string detail = "not sent";
        for (var attempt = 1; ; attempt++)
        {
            bool retry;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
                request.Headers.TryAddWithoutValidation("X-Bss-Event", notification.Event);
                request.Headers.TryAddWithoutValidation("X-Bss-Delivery", delivery);
                if (signature is not null)
                {
                    request.Headers.TryAddWithoutValidation(WebhookSignature.Header, signature);
                }

                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                detail = string.Create(CultureInfo.InvariantCulture, $"HTTP {status}");
                if (response.IsSuccessStatusCode)
                {
                    return new WebhookDelivery(true, attempt, detail);
                }

                retry = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            }
            catch (HttpRequestException ex)
            {
                detail = $"no answer ({ex.HttpRequestError})";
                retry = true;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                detail = "no answer in time";
                retry = true;
            }

            if (!retry || attempt > _retryDelays.Count)
            {
                return new WebhookDelivery(false, attempt, detail);
            }

            await Task.Delay(_retryDelays[attempt - 1], _timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();
}
