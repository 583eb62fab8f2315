using System.Threading.Channels;
using Bss.IntegrationFramework.Host.Sync;
using Microsoft.Extensions.Logging;

namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>
/// Pulls the records the queued notifications name, per instance: up to <see cref="BatchSize"/> notifications at a
/// time coalesced per record (ten callbacks for one company are one id), one pull run per instance through
/// <see cref="SyncRunner"/> (the same merge, links, run log and alerts as a scheduled pull, reading by ids instead of
/// the cursor, which it never moves); the notifications are removed once the run completed. A run that cannot start
/// (another run holds the instance) or fails leaves them queued and is tried again after <see cref="RetryDelay"/>;
/// queued rows left by a stopped process are picked up at start and every <see cref="PollInterval"/>.
/// </summary>
internal sealed class CallbackWorker : IAsyncDisposable
{
    /// <summary>Notifications handled per run at most.</summary>
    public const int BatchSize = 500;

    /// <summary>How often the queue is looked at without being woken.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    /// <summary>How long an instance whose pull failed waits before it is tried again.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Dictionary<long, DateTimeOffset> _retryAt = [];
    private readonly HostServices _services;
    private readonly CallbackConnectors _connectors;
    private readonly CallbackStore _store;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>Initializes a new instance of the <see cref="CallbackWorker"/> class.</summary>
    /// <param name="services">The host services.</param>
    /// <param name="connectors">The instances' connectors, kept while the web server runs.</param>
    public CallbackWorker(HostServices services, CallbackConnectors connectors)
    {
        _services = services;
        _connectors = connectors;
        _store = new CallbackStore(services.Database);
        _logger = services.LoggerFactory.CreateLogger<CallbackWorker>();
    }

    /// <summary>Gets the number of pull runs the worker has made (for tests).</summary>
    public int Runs { get; private set; }

    /// <summary>Starts the loop.</summary>
    public void Start() => _loop = Task.Run(() => RunAsync(_stopping.Token));

    /// <summary>Wakes the loop: a notification was queued.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Queued notifications stay in the store for the next start.
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _connectors.WarmAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning("Callback worker: connectors not prepared: {Reason}", _services.Redactor.Redact(ex.Message));
        }

        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await DrainAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                _logger.LogWarning("Callback worker: {Reason}", _services.Redactor.Redact(ex.Message));
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(PollInterval);
            try
            {
                await _wake.Reader.ReadAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The poll interval passed without a wake-up.
            }
        }
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        var now = _services.TimeProvider.GetUtcNow();
        var instances = await _services.Instances.ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var instanceId in await _store.PendingInstancesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_retryAt.TryGetValue(instanceId, out var retryAt) && retryAt > now)
            {
                continue;
            }

            var instance = instances.FirstOrDefault(i => i.Id == instanceId);
            if (instance is null)
            {
                continue;
            }

            IReadOnlyList<QueuedChange> changes;
            while ((changes = await _store.PeekAsync(instanceId, BatchSize, cancellationToken).ConfigureAwait(false)).Count > 0)
            {
                if (!await PullAsync(instance, changes, cancellationToken).ConfigureAwait(false))
                {
                    _retryAt[instanceId] = _services.TimeProvider.GetUtcNow() + RetryDelay;
                    break;
                }

                _retryAt.Remove(instanceId);
                await _store.CompleteAsync(instanceId, changes.Max(c => c.Id), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<bool> PullAsync(Storage.InstanceInfo instance, IReadOnlyList<QueuedChange> changes, CancellationToken cancellationToken)
    {
        var instanceName = instance.Name;
        var remoteIds = changes
            .GroupBy(c => c.Module, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(c => c.RemoteId).Distinct(StringComparer.Ordinal)], StringComparer.OrdinalIgnoreCase);
        try
        {
            Runs++;
            var result = await new SyncRunner(_services, _connectors.Get(instance)).RunAsync(
                new SyncRequest { InstanceName = instanceName, Modules = [.. remoteIds.Keys], Direction = SyncDirection.Pull, RemoteIds = remoteIds },
                null,
                cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Callbacks of {Instance}: run {RunId} pulled {Count} records named by {Notifications} notifications.", instanceName, result.RunId, remoteIds.Sum(r => r.Value.Count), changes.Count);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning("Callbacks of {Instance} wait for a retry: {Reason}", instanceName, _services.Redactor.Redact(ex.Message));
            return false;
        }
    }
}
