using System.Collections.Concurrent;
using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// Resolves the ConnectWise id of a record another record depends on (a contact's account, a payment's invoice):
/// from its link, or by pushing it first, once per session however many records need it — the framework's
/// pre-synchronization action.
/// </summary>
/// <typeparam name="TDependency">The BSS type of the dependency.</typeparam>
internal sealed class DependencyPusher<TDependency>
    where TDependency : BssRecord
{
    private readonly ConcurrentDictionary<string, Lazy<Task<DependencyResolution>>> _pushed = new(StringComparer.Ordinal);
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

    /// <summary>Resolves a dependency.</summary>
    /// <param name="bssId">The dependency's BSS id.</param>
    /// <param name="options">The push options (a dry run pushes nothing).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ConnectWise id, or why there is none.</returns>
    public async Task<DependencyResolution> ResolveAsync(string? bssId, PushOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(bssId))
        {
            return DependencyResolution.Failed(FailureKind.Data, $"The record names no {_name}.");
        }

        var links = await _services.Context.Links.GetManyAsync(_module, [bssId], cancellationToken).ConfigureAwait(false);
        if (links.TryGetValue(bssId, out var link) && int.TryParse(link.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var linked))
        {
            return DependencyResolution.Linked(linked);
        }

        var lazy = _pushed.GetOrAdd(bssId, id => new Lazy<Task<DependencyResolution>>(() => PushAsync(id, options, cancellationToken)));
        return await lazy.Value.ConfigureAwait(false);
    }

    private async Task<DependencyResolution> PushAsync(string bssId, PushOptions options, CancellationToken cancellationToken)
    {
        var record = await _services.Context.Records.FindAsync<TDependency>(bssId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return DependencyResolution.Failed(FailureKind.Data, $"Its {_name} {bssId} does not exist in the BSS.");
        }

        var module = _services.PushModule<TDependency>(_module);
        if (module is null)
        {
            return DependencyResolution.Failed(FailureKind.Configuration, $"Its {_name} {bssId} is not linked and the {_module} module cannot push it.");
        }

        var result = (await module.PushAsync([new PushItem<TDependency>(record, SyncOperation.Create)], options, cancellationToken).ConfigureAwait(false))[0];
        if (result.Outcome == PushOutcome.Failed)
        {
            return DependencyResolution.Failed(result.FailureKind ?? FailureKind.Data, $"Its {_name} {bssId} could not be pushed first: {result.Reason}");
        }

        if (int.TryParse(result.RemoteId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return DependencyResolution.Linked(id);
        }

        return options.DryRun
            ? DependencyResolution.Pending
            : DependencyResolution.Failed(FailureKind.Transient, $"Its {_name} {bssId} was pushed but has no ConnectWise id yet.");
    }
}
