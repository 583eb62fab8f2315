using System.Collections.Concurrent;
using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Dependencies;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// Resolves, once per session, the ConnectWise id of a record another record depends on (a contact's account, a
/// child's parent, a subscription's product): from its link, or by pushing it first through its own module — the
/// framework's pre-synchronization action. The pushing itself is <see cref="DependencyResolver"/>'s, shared with
/// the document modules; this adds the per-session memory, batch prefetching and dry-run planning.
/// </summary>
/// <typeparam name="TDependency">The BSS type of the dependency.</typeparam>
internal sealed class DependencyPusher<TDependency>
    where TDependency : BssRecord
{
    private readonly ConcurrentDictionary<string, Lazy<Task<DependencyResolution>>> _resolved = new(StringComparer.Ordinal);
    private readonly ModuleServices _services;
    private readonly string _module;
    private readonly string _name;

    /// <summary>Initializes a new instance of the <see cref="DependencyPusher{TDependency}"/> class.</summary>
    /// <param name="services">The session's services.</param>
    /// <param name="module">The dependency's module.</param>
    /// <param name="name">How reasons name the dependency, such as "account".</param>
    public DependencyPusher(ModuleServices services, string module, string name)
    {
        _services = services;
        _module = module;
        _name = name;
    }

    /// <summary>Resolves the dependencies of a whole batch at once, so missing ones are pushed in one batch.</summary>
    /// <param name="bssIds">The dependencies' BSS ids.</param>
    /// <param name="options">The push options (a dry run leaves them to <see cref="ResolveAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>A task that completes when they are resolved.</returns>
    public async Task PrefetchAsync(IEnumerable<string?> bssIds, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bssIds);
        ArgumentNullException.ThrowIfNull(options);
        var ids = bssIds.Where(id => !string.IsNullOrWhiteSpace(id) && !_resolved.ContainsKey(id!)).Select(id => id!).Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0 || options.DryRun)
        {
            return;
        }

        var resolved = await DependencyResolver.ResolveAsync(
            _services.Context, _module, _name, ids, () => _services.PushModule<TDependency>(_module), options, cancellationToken).ConfigureAwait(false);
        foreach (var (id, resolution) in resolved)
        {
            var result = resolution.RemoteId is { } remoteId
                ? DependencyResolution.Linked(remoteId)
                : DependencyResolution.Failed(resolution.FailureKind ?? FailureKind.Transient, resolution.Reason ?? $"Its {_name} {id} could not be resolved.");
            _resolved.TryAdd(id, new Lazy<Task<DependencyResolution>>(Task.FromResult(result)));
        }
    }

    /// <summary>Resolves a dependency.</summary>
    /// <param name="bssId">The dependency's BSS id.</param>
    /// <param name="options">The push options (a dry run pushes nothing).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ConnectWise id, or why there is none.</returns>
    public async Task<DependencyResolution> ResolveAsync(string? bssId, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(bssId))
        {
            return DependencyResolution.Failed(FailureKind.Data, $"The record names no {_name}.");
        }

        if (_resolved.TryGetValue(bssId, out var known))
        {
            return await known.Value.ConfigureAwait(false);
        }

        var links = await _services.Context.Links.GetManyAsync(_module, [bssId], cancellationToken).ConfigureAwait(false);
        if (links.TryGetValue(bssId, out var link) && int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var linked))
        {
            return DependencyResolution.Linked(linked);
        }

        var lazy = _resolved.GetOrAdd(bssId, id => new Lazy<Task<DependencyResolution>>(() => options.DryRun ? PlanAsync(id, options, cancellationToken) : PushAsync(id, options, cancellationToken)));
        return await lazy.Value.ConfigureAwait(false);
    }

    private async Task<DependencyResolution> PushAsync(string bssId, PushOptions options, CancellationToken cancellationToken)
    {
        var resolved = await DependencyResolver.ResolveAsync(
            _services.Context, _module, _name, [bssId], () => _services.PushModule<TDependency>(_module), options, cancellationToken).ConfigureAwait(false);
        var resolution = resolved[bssId];
        return resolution.RemoteId is { } remoteId
            ? DependencyResolution.Linked(remoteId)
            : DependencyResolution.Failed(resolution.FailureKind ?? FailureKind.Transient, resolution.Reason ?? $"Its {_name} {bssId} could not be resolved.");
    }

    // A dry run plans the dependency too: the record would be sent after it, so it is pending, not failed.
    private async Task<DependencyResolution> PlanAsync(string bssId, PushOptions options, CancellationToken cancellationToken)
    {
        var record = await _services.Context.Records.FindAsync<TDependency>(bssId, cancellationToken).ConfigureAwait(false);
        var module = _services.PushModule<TDependency>(_module);
        if (record is null || module is null)
        {
            return DependencyResolution.Failed(record is null ? FailureKind.Data : FailureKind.Configuration,
                record is null ? $"Its {_name} {bssId} does not exist in the BSS." : $"Its {_name} {bssId} is not linked and the {_module} module cannot push it.");
        }

        var result = (await module.PushAsync([new PushItem<TDependency>(record, SyncOperation.Create)], options, cancellationToken).ConfigureAwait(false))[0];
        return result.Outcome == PushOutcome.Failed
            ? DependencyResolution.Failed(result.FailureKind ?? FailureKind.Data, $"Its {_name} {bssId} could not be pushed first: {result.Reason}")
            : DependencyResolution.Pending;
    }
}
