using System.Collections.Concurrent;
using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Dependencies;

/// <summary>
/// Resolves the records a push depends on (a contact's or an order's account, a child's parent, a payment's invoice,
/// a subscription's product) to their ConnectWise ids: linked ones from the link store, the others pushed first
/// through their own module — the framework's pre-synchronization action — once per session and in one call per
/// batch, so a dependent record never waits for another run and never fails with a vague reason.
/// <para>
/// One dry-run rule: a dry run plans the dependency through its own module (writing nothing). When that plan fails,
/// the dependent record fails with the dependency's reason, as a real run would; otherwise the dependency is
/// <see cref="ResolvedDependency.Pending"/> and the dependent record is planned as a real run would send it, after
/// its dependency. So a dry run reports what a real run does.
/// </para>
/// </summary>
/// <typeparam name="TDependency">The dependency's BSS record type.</typeparam>
internal sealed class DependencyResolver<TDependency>
    where TDependency : BssRecord
{
    private readonly ConcurrentDictionary<string, Task<ResolvedDependency>> _pushed = new(StringComparer.Ordinal);
    private readonly ModuleContext _context;
    private readonly string _module;
    private readonly string _entity;
    private readonly Func<IPushModule<TDependency>?> _pushModule;

    /// <summary>Initializes a new instance of the <see cref="DependencyResolver{TDependency}"/> class.</summary>
    /// <param name="context">The session's module context.</param>
    /// <param name="module">The dependency's module, such as Accounts.</param>
    /// <param name="entity">How reasons name the dependency, such as "account".</param>
    /// <param name="pushModule">Gets the dependency's push handler, when one is needed.</param>
    public DependencyResolver(ModuleContext context, string module, string entity, Func<IPushModule<TDependency>?> pushModule)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
        _module = module;
        _entity = entity;
        _pushModule = pushModule ?? throw new ArgumentNullException(nameof(pushModule));
    }

    /// <summary>Resolves one dependency.</summary>
    /// <param name="bssId">The dependency's BSS id.</param>
    /// <param name="options">The push options (a dry run plans the dependency, writing nothing).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The ConnectWise id, or why there is none.</returns>
    public async Task<ResolvedDependency> ResolveAsync(string? bssId, PushOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(bssId))
        {
            return ResolvedDependency.Missing(FailureKind.Data, $"The record names no {_entity}; fill its {_entity} id in the BSS.");
        }

        return (await ResolveAsync([bssId], options, cancellationToken).ConfigureAwait(false))[bssId];
    }

    /// <summary>Resolves the dependencies of a whole batch at once, so missing ones are pushed in one call.</summary>
    /// <param name="bssIds">The dependencies' BSS ids (empty ones are left out).</param>
    /// <param name="options">The push options (a dry run plans the dependencies, writing nothing).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Every id's resolution.</returns>
    public async Task<IReadOnlyDictionary<string, ResolvedDependency>> ResolveAsync(IEnumerable<string?> bssIds, PushOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bssIds);
        ArgumentNullException.ThrowIfNull(options);
        var resolved = new Dictionary<string, ResolvedDependency>(StringComparer.Ordinal);
        var wanted = bssIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return resolved;
        }

        var links = await _context.Links.GetManyAsync(_module, wanted, cancellationToken).ConfigureAwait(false);
        var toPush = new List<PushItem<TDependency>>();
        var unknown = new Dictionary<string, ResolvedDependency>(StringComparer.Ordinal);
        var batch = new TaskCompletionSource<IReadOnlyDictionary<string, ResolvedDependency>>(TaskCreationOptions.RunContinuationsAsynchronously);
        foreach (var id in wanted)
        {
            if (links.TryGetValue(id, out var link) && TryParseId(link.RemoteId, out var remoteId))
            {
                resolved[id] = ResolvedDependency.Linked(remoteId);
                continue;
            }

            // Once per session: a dependency another record already pushed first (or failed to) is not pushed again.
            if (_pushed.ContainsKey(id) || !_pushed.TryAdd(id, PickAsync(batch.Task, id)))
            {
                continue;
            }

            var record = await _context.Records.FindAsync<TDependency>(id, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                unknown[id] = ResolvedDependency.Missing(FailureKind.Data, $"The BSS has no {_entity} '{id}'; fix the record's {_entity} id.");
                continue;
            }

            toPush.Add(new PushItem<TDependency>(record, SyncOperation.Update));
        }

        try
        {
            var pushed = await PushFirstAsync(toPush, options, cancellationToken).ConfigureAwait(false);
            batch.SetResult(pushed.Concat(unknown).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        }
        catch (Exception e)
        {
            // Not remembered: the next record tries again.
            foreach (var id in toPush.Select(i => i.Record.Id).Concat(unknown.Keys))
            {
                _pushed.TryRemove(id, out _);
            }

            batch.SetException(e);
            throw;
        }

        foreach (var id in wanted.Where(id => !resolved.ContainsKey(id)))
        {
            resolved[id] = _pushed.TryGetValue(id, out var pending)
                ? await pending.ConfigureAwait(false)
                : ResolvedDependency.Missing(FailureKind.Transient, $"The {_entity} '{id}' could not be resolved; the record is retried on the next run.");
        }

        return resolved;
    }

    private async Task<ResolvedDependency> PickAsync(Task<IReadOnlyDictionary<string, ResolvedDependency>> batch, string id)
    {
        try
        {
            return (await batch.ConfigureAwait(false)).TryGetValue(id, out var resolution)
                ? resolution
                : ResolvedDependency.Missing(FailureKind.Transient, $"The {_entity} '{id}' could not be resolved; the record is retried on the next run.");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The batch that pushed it failed; the record waiting on it fails alone with the same reason.
            var (kind, reason) = PushFailureClassifier.Classify(e);
            return ResolvedDependency.Missing(kind, $"The {_entity} '{id}' had to be pushed first and was not: {reason}");
        }
    }

    private static bool TryParseId(string? text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;

    private async Task<IReadOnlyDictionary<string, ResolvedDependency>> PushFirstAsync(List<PushItem<TDependency>> toPush, PushOptions options, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, ResolvedDependency>(StringComparer.Ordinal);
        if (toPush.Count == 0)
        {
            return resolved;
        }

        var handler = _pushModule();
        if (handler is null)
        {
            foreach (var item in toPush)
            {
                resolved[item.Record.Id] = ResolvedDependency.Missing(FailureKind.Configuration, $"The {_entity} '{item.Record.Id}' is not linked and the {_module} module cannot push it; push {_module} first.");
            }

            return resolved;
        }

        var results = await handler.PushAsync(toPush, options, cancellationToken).ConfigureAwait(false);
        for (var index = 0; index < toPush.Count; index++)
        {
            var id = toPush[index].Record.Id;
            var result = index < results.Count ? results[index] : null;
            resolved[id] = result switch
            {
                { Outcome: not PushOutcome.Failed and not PushOutcome.Skipped } when TryParseId(result.RemoteId, out var remoteId) => ResolvedDependency.Linked(remoteId),
                { Outcome: not PushOutcome.Failed and not PushOutcome.Skipped } when options.DryRun => ResolvedDependency.Pending,
                _ => ResolvedDependency.Missing(
                    result?.FailureKind ?? FailureKind.Transient,
                    $"The {_entity} '{id}' had to be pushed first and was not: {result?.Reason ?? "no result"}"),
            };
        }

        return resolved;
    }
}
