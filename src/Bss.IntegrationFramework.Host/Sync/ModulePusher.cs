using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>Pushes one module's BSS records in batches and logs every result.</summary>
internal static class ModulePusher
{
    private static readonly SyncOperation[] PushOperations = [SyncOperation.Create, SyncOperation.Update, SyncOperation.Delete];

    /// <summary>Pushes the records of a module.</summary>
    /// <param name="scope">The run.</param>
    /// <param name="module">The module.</param>
    /// <param name="cancellationToken">Cancels between batches; results already pushed stay recorded.</param>
    /// <returns>The module's totals.</returns>
    public static Task<ModuleRunStats> PushAsync(RunScope scope, string module, CancellationToken cancellationToken) =>
        module switch
        {
            BssModules.Accounts => PushAsync<Account>(scope, module, cancellationToken),
            BssModules.Contacts => PushAsync<Contact>(scope, module, cancellationToken),
            BssModules.Products => PushAsync<Product>(scope, module, cancellationToken),
            BssModules.Subscriptions => PushAsync<Subscription>(scope, module, cancellationToken),
            BssModules.Orders => PushAsync<Order>(scope, module, cancellationToken),
            BssModules.Invoices => PushAsync<Invoice>(scope, module, cancellationToken),
            BssModules.Payments => PushAsync<Payment>(scope, module, cancellationToken),
            _ => Task.FromResult(new ModuleRunStats { Module = module, Direction = "push", Note = "the host has no BSS entity for this module" }),
        };

    private static async Task<ModuleRunStats> PushAsync<TRecord>(RunScope scope, string module, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        var tally = new ModuleTally(module, "push");
        var options = scope.Runtime.Context.Options;
        var handler = scope.Session.GetPushModule<TRecord>(module);
        if (handler is null)
        {
            tally.Note = "skipped: the connector cannot push this module yet";
            return tally.ToStats();
        }

        if (!PushOperations.Any(o => options.IsEnabled(module, o)))
        {
            tally.Note = "skipped: every push operation is switched off";
            return tally.ToStats();
        }

        var records = await scope.Services.Records.ListAsync<TRecord>(cancellationToken).ConfigureAwait(false);
        var pushOptions = new PushOptions { DryRun = scope.Request.DryRun };
        foreach (var batch in records.Chunk(Math.Max(1, scope.Request.BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var links = await scope.Runtime.Links.GetManyAsync(module, [.. batch.Select(r => r.Id)], cancellationToken).ConfigureAwait(false);
            var items = batch
                .Select(r => new PushItem<TRecord>(r, links.ContainsKey(r.Id) ? SyncOperation.Update : SyncOperation.Create))
                .ToList();
            var before = scope.Session.RequestCount;
            IReadOnlyList<PushResult> results;
            try
            {
                results = await handler.PushAsync(items, pushOptions, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                tally.Requests += scope.Session.RequestCount - before;
            }

            var now = scope.Services.TimeProvider.GetUtcNow();
            var logged = items.Select((item, i) => ToRecord(scope.RunId, module, item, i < results.Count ? results[i] : null, now)).ToList();
            await scope.RecordAsync(logged, tally, cancellationToken).ConfigureAwait(false);
        }

        return tally.ToStats();
    }

    private static RunResultRecord ToRecord<TRecord>(long runId, string module, PushItem<TRecord> item, PushResult? result, DateTimeOffset at)
        where TRecord : BssRecord =>
        result is null
            ? new RunResultRecord
            {
                RunId = runId,
                Module = module,
                BssId = item.Record.Id,
                Operation = item.Operation.ToString(),
                Outcome = nameof(PushOutcome.Failed),
                FailureKind = nameof(FailureKind.Transient),
                Reason = "The connector returned no result for this record; it is retried on the next run.",
                At = at,
            }
            : new RunResultRecord
            {
                RunId = runId,
                Module = module,
                BssId = item.Record.Id,
                RemoteId = result.RemoteId,
                Operation = result.Operation.ToString(),
                Outcome = result.Outcome.ToString(),
                FailureKind = result.FailureKind?.ToString(),
                Reason = result.Reason,
                At = at,
                Changes = result.Changes,
            };
}
