using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using ConnectWise.Simulator.Resources;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Callbacks;

/// <summary>
/// Sends ConnectWise callbacks for the changes made through the simulator's API: for every active registration of
/// <c>system/callbacks</c> whose type names the changed record's kind (level <c>owner</c>: every record of it), a POST
/// of ConnectWise's payload (<c>Action</c>, <c>CallbackObjectRecId</c>, <c>CompanyId</c>, <c>Entity</c> as JSON text,
/// <c>FromUrl</c>, <c>ID</c>, <c>MemberId</c>, <c>MessageId</c>, <c>Metadata.key_url</c>, <c>Type</c>; amp-labs'
/// recorded callbacks) signed in <c>x-content-signature</c>. Deliveries go one at a time in the order of the changes,
/// through <see cref="Faults"/>; a 404, 409, 419 or 429 answer is retried after 2 and then 4 seconds, anything else is
/// final, and no redirect is followed (Developer Guide). A registration with <c>isSelfSuppressedFlag</c> gets no
/// callback for the writes of the member that registered it, in the normal profile; the strict profile sends them
/// anyway (what the flag does is documented only by a third party).
/// </summary>
public sealed class CallbackDispatcher : IAsyncDisposable
{
    private static readonly TimeSpan[] RetryDelays = [TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)];
    private static readonly TimeSpan ReorderWait = TimeSpan.FromMilliseconds(300);

    private readonly Channel<PendingCallback> _queue = Channel.CreateUnbounded<PendingCallback>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<CallbackDeliveryRecord> _deliveries = [];
    private readonly Lock _gate = new();
    private readonly SimulatorOptions _options;
    private readonly SimulatorStore _store;
    private readonly Func<Uri> _siteUrl;
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private int _outstanding;
    private TaskCompletionSource _idle = NewIdle(completed: true);

    internal CallbackDispatcher(SimulatorOptions options, SimulatorStore store, Func<Uri> siteUrl)
    {
        _options = options;
        _store = store;
        _siteUrl = siteUrl;
        Key = new CallbackSigningKey(rotates: options.Profile == SimulatorProfile.Strict);
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false }) { Timeout = TimeSpan.FromSeconds(5) };
        _loop = Task.Run(() => RunAsync(_stopping.Token));
    }

    /// <summary>Faults in delivery; may be changed while the simulator runs.</summary>
    public CallbackFaults Faults { get; } = new();

    /// <summary>Every callback posted or dropped so far, in the order it went out.</summary>
    public IReadOnlyList<CallbackDeliveryRecord> Deliveries
    {
        get
        {
            lock (_gate)
            {
                return [.. _deliveries];
            }
        }
    }

    /// <summary>The address of the signing key, as every callback's <c>Metadata.key_url</c> names it.</summary>
    public Uri KeyUrl => new(_siteUrl(), $"{_options.CodebaseSegment}{CallbackKeyEndpoint.Route}?companyName={Uri.EscapeDataString(_options.CompanyId)}&id={Key.Id}");

    internal CallbackSigningKey Key { get; }

    /// <summary>Waits until every change so far has been delivered (or dropped).</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>A task that completes when nothing is left to send.</returns>
    public Task WaitForIdleAsync(CancellationToken cancellationToken = default)
    {
        Task idle;
        lock (_gate)
        {
            idle = _idle.Task;
        }

        return idle.WaitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping drops what was not sent, as a site going down would.
        }

        _http.Dispose();
        _stopping.Dispose();
    }

    /// <summary>Queues the callbacks a change calls for.</summary>
    /// <param name="resource">The changed resource.</param>
    /// <param name="action"><c>added</c>, <c>updated</c> or <c>deleted</c>.</param>
    /// <param name="record">The record as stored (for a delete, as it was).</param>
    /// <param name="member">The member whose request made the change.</param>
    internal void Notify(ResourceDefinition resource, string action, JsonObject record, string member)
    {
        if (!TryTypeOf(resource, record, ref action, out var type, out var recordId))
        {
            return;
        }

        foreach (var callback in _store.Rows("system/callbacks"))
        {
            if (!Matches(callback, type) || Suppressed(callback, member))
            {
                continue;
            }

            var body = Payload(callback, type, action, recordId, record, member);
            var url = (string?)callback["url"] ?? "";
            Enqueue(new PendingCallback(Id(callback), AddressOf(url, recordId), type, recordId, action, body));
        }
    }

    private bool TryTypeOf(ResourceDefinition resource, JsonObject record, ref string action, out string type, out int recordId)
    {
        type = "";
        recordId = JsonPaths.TryGetInt(record["id"], out var id) ? id : 0;
        switch (resource.Route)
        {
            case "company/companies":
                type = "company";
                return true;
            case "company/contacts":
                type = "contact";
                return true;
            case "procurement/catalog":
                type = "productcatalog";
                return true;
            case "finance/agreements":
                type = "agreement";
                return true;
            case "finance/agreements/{parentId}/additions" when _options.Profile == SimulatorProfile.Normal:
                // No source names a callback type for additions: the normal profile reports the agreement as updated,
                // the strict one sends nothing (polling must catch addition changes).
                type = "agreement";
                action = "updated";
                return JsonPaths.TryGetInt(record["agreementId"], out recordId);
            default:
                return false;
        }
    }

    private static bool Matches(JsonObject callback, string type) =>
        callback["inactiveFlag"]?.GetValue<bool>() != true
        && string.Equals((string?)callback["type"], type, StringComparison.OrdinalIgnoreCase)
        && string.Equals((string?)callback["level"], "owner", StringComparison.OrdinalIgnoreCase);

    private bool Suppressed(JsonObject callback, string member) =>
        _options.Profile == SimulatorProfile.Normal
        && callback["isSelfSuppressedFlag"]?.GetValue<bool>() == true
        && string.Equals((string?)callback["_info"]?["enteredBy"], member, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// ConnectWise appends the record id to the registered address (Developer Guide), so integrations register one
    /// ending in <c>recordId=</c>; the strict profile appends it to any address, even one that does not end so.
    /// </summary>
    private string AddressOf(string url, int recordId) =>
        url.EndsWith('=') || _options.Profile == SimulatorProfile.Strict
            ? url + recordId.ToString(CultureInfo.InvariantCulture)
            : url;

    private byte[] Payload(JsonObject callback, string type, string action, int recordId, JsonObject record, string member)
    {
        var payload = new JsonObject
        {
            ["Action"] = action,
            ["CallbackObjectRecId"] = Id(callback),
            ["CompanyId"] = _options.CompanyId,
            ["Entity"] = record.ToJsonString(),
            ["FromUrl"] = _siteUrl().Authority,
            ["ID"] = recordId,
            ["MemberId"] = member,
            ["MessageId"] = Guid.NewGuid().ToString("D"),
            ["Metadata"] = new JsonObject { ["key_url"] = KeyUrl.AbsoluteUri },
            ["Type"] = type,
        };
        return Encoding.UTF8.GetBytes(payload.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
    }

    private void Enqueue(PendingCallback pending)
    {
        lock (_gate)
        {
            if (_outstanding++ == 0)
            {
                _idle = NewIdle(completed: false);
            }
        }

        _queue.Writer.TryWrite(pending);
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        PendingCallback? held = null;
        while (true)
        {
            PendingCallback next;
            if (held is null)
            {
                if (!await _queue.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return;
                }

                _queue.Reader.TryRead(out next!);
            }
            else if (!await NextWithinAsync(cancellationToken).ConfigureAwait(false) || !_queue.Reader.TryRead(out next!))
            {
                // Nothing came after the held one: it goes out late, alone.
                await DeliverAsync(held, cancellationToken).ConfigureAwait(false);
                held = null;
                continue;
            }

            if (held is null && Faults.Draw(Faults.ReorderShare))
            {
                held = next;
                continue;
            }

            await DeliverAsync(next, cancellationToken).ConfigureAwait(false);
            if (held is not null)
            {
                await DeliverAsync(held, cancellationToken).ConfigureAwait(false);
                held = null;
            }
        }
    }

    private async Task<bool> NextWithinAsync(CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(ReorderWait);
        try
        {
            return await _queue.Reader.WaitToReadAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private async Task DeliverAsync(PendingCallback pending, CancellationToken cancellationToken)
    {
        try
        {
            if (Faults.Draw(Faults.DropShare))
            {
                Record(pending, 0, dropped: true);
                return;
            }

            var signature = Key.Sign(pending.Body);
            await PostAsync(pending, signature, cancellationToken).ConfigureAwait(false);
            if (Faults.Draw(Faults.DuplicateShare))
            {
                await PostAsync(pending, signature, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            lock (_gate)
            {
                if (--_outstanding == 0)
                {
                    _idle.TrySetResult();
                }
            }
        }
    }

    private async Task PostAsync(PendingCallback pending, string signature, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var status = await SendOnceAsync(pending, signature, cancellationToken).ConfigureAwait(false);
            Record(pending, status, dropped: false);
            if (status is not (404 or 409 or 419 or 429) || attempt >= RetryDelays.Length)
            {
                return;
            }

            await Task.Delay(RetryDelays[attempt], _options.TimeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<int> SendOnceAsync(PendingCallback pending, string signature, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, pending.Url) { Content = new ByteArrayContent(pending.Body) };
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
            request.Headers.TryAddWithoutValidation("x-content-signature", signature);
            using var response = await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    private void Record(PendingCallback pending, int status, bool dropped)
    {
        lock (_gate)
        {
            _deliveries.Add(new CallbackDeliveryRecord(pending.CallbackId, pending.Url, pending.Type, pending.RecordId, pending.Action, status, dropped));
        }
    }

    private static int Id(JsonObject row) => JsonPaths.TryGetInt(row["id"], out var id) ? id : 0;

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            source.SetResult();
        }

        return source;
    }

    private sealed record PendingCallback(int CallbackId, string Url, string Type, int RecordId, string Action, byte[] Body);
}
