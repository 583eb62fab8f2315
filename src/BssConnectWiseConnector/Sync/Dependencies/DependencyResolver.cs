using System.Globalization;
using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Dependencies;

/// <summary>
/// Resolves the records a batch depends on (the accounts of orders, the invoices of payments) to their ConnectWise
/// ids: linked ones from the link store, the others pushed first through their own module, once per batch, so a
/// dependent record never waits for another run and never fails with a vague reason.
/// </summary>
internal static class DependencyResolver
{
    /// <summary>Resolves the dependencies of a batch.</summary>
    /// <typeparam name="TDependency">The dependency's BSS record type.</typeparam>
    /// <param name="context">The session's shared context.</param>
    /// <param name="module">The dependency's module, such as Accounts.</param>
    /// <param name="entity">How reasons name the dependency, such as "account".</param>
    /// <param name="ids">The BSS ids the batch depends on.</param>
    /// <param name="pushModule">Gets the dependency's push handler, when one is needed.</param>
    /// <param name="options">The push options; a dry run pushes nothing first.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Every id's resolution.</returns>
    public static async Task<IReadOnlyDictionary<string, ResolvedDependency>> ResolveAsync<TDependency>(
        SyncModuleContext context,
        string module,
        string entity,
        IReadOnlyCollection<string> ids,
        Func<IPushModule<TDependency>?> pushModule,
        PushOptions options,
        CancellationToken cancellationToken)
        where TDependency : BssRecord
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(pushModule);
        ArgumentNullException.ThrowIfNull(options);
        var resolved = new Dictionary<string, ResolvedDependency>(StringComparer.Ordinal);
        var wanted = ids.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();
        if (wanted.Length == 0)
        {
            return resolved;
        }

        var links = await context.Links.GetManyAsync(module, wanted, cancellationToken).ConfigureAwait(false);
        var toPush = new List<PushItem<TDependency>>();
        foreach (var id in wanted)
        {
            if (links.TryGetValue(id, out var link) && TryParseId(link.RemoteId, out var remoteId))
            {
                resolved[id] = ResolvedDependency.Linked(remoteId);
                continue;
            }

            var record = await context.Records.FindAsync<TDependency>(id, cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                resolved[id] = ResolvedDependency.Missing(FailureKind.Data, $"The BSS has no {entity} '{id}'; fix the record's {entity} id.");
                continue;
            }

            toPush.Add(new PushItem<TDependency>(record, SyncOperation.Update));
        }

        if (toPush.Count > 0)
        {
            await PushFirstAsync(module, entity, toPush, pushModule, options, resolved, cancellationToken).ConfigureAwait(false);
        }

        return resolved;
    }

    private static async Task PushFirstAsync<TDependency>(
        string module,
        string entity,
        List<PushItem<TDependency>> toPush,
        Func<IPushModule<TDependency>?> pushModule,
        PushOptions options,
        Dictionary<string, ResolvedDependency> resolved,
        CancellationToken cancellationToken)
        where TDependency : BssRecord
    {
        if (options.DryRun)
        {
            // A dry run writes nothing, so the dependency cannot get the id the record would need.
            foreach (var item in toPush)
            {
                resolved[item.Record.Id] = ResolvedDependency.Missing(FailureKind.Configuration, $"The {entity} '{item.Record.Id}' is not linked yet; a real run pushes it first.");
            }

            return;
        }

        var handler = pushModule();
        if (handler is null)
        {
            foreach (var item in toPush)
            {
                resolved[item.Record.Id] = ResolvedDependency.Missing(FailureKind.Configuration, $"The {entity} '{item.Record.Id}' is not linked and the {module} module cannot push it; push {module} first.");
            }

            return;
        }

        var results = await handler.PushAsync(toPush, options, cancellationToken).ConfigureAwait(false);
        for (var index = 0; index < toPush.Count; index++)
        {
            var id = toPush[index].Record.Id;
            var result = index < results.Count ? results[index] : null;
            resolved[id] = result is { Outcome: not PushOutcome.Failed and not PushOutcome.Skipped } && TryParseId(result.RemoteId, out var remoteId)
                ? ResolvedDependency.Linked(remoteId)
                : ResolvedDependency.Missing(
                    result?.FailureKind ?? FailureKind.Transient,
                    $"The {entity} '{id}' had to be pushed first and was not: {result?.Reason ?? "no result"}");
        }
    }

    private static bool TryParseId(string? text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
}
