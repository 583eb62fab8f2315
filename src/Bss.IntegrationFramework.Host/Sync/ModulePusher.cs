using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>Pushes one module's BSS records in batches and logs every result.</summary>
internal static class ModulePusher
{
    private static readonly SyncOperation[] PushOperations = [SyncOperation.Create, SyncOperation.Update, SyncOperation.Delete];

    /// <summary>The direction recorded for a second pass over records whose back-references were linked in the run.</summary>
    public const string SecondPass = "push, 2nd pass";

    /// <summary>Pushes the records of a module.</summary>
    /// <param name="scope">The run.</param>
    /// <param name="module">The module.</param>
    /// <param name="onlyIds">Only these records (a second pass), or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels between batches; results already pushed stay recorded.</param>
    /// <returns>The module's totals.</returns>
    public static Task<ModuleRunStats> PushAsync(RunScope scope, string module, IReadOnlySet<string>? onlyIds, CancellationToken cancellationToken) =>
        module switch
        {
            BssModules.Accounts => PushAsync<Account>(scope, module, onlyIds, cancellationToken),
            BssModules.Contacts => PushAsync<Contact>(scope, module, onlyIds, cancellationToken),
            BssModules.Products => PushAsync<Product>(scope, module, onlyIds, cancellationToken),
            BssModules.Subscriptions => PushAsync<Subscription>(scope, module, onlyIds, cancellationToken),
            BssModules.Orders => PushAsync<Order>(scope, module, onlyIds, cancellationToken),
            BssModules.Invoices => PushAsync<Invoice>(scope, module, onlyIds, cancellationToken),
            BssModules.Payments => PushAsync<Payment>(scope, module, onlyIds, cancellationToken),
            _ => Task.FromResult(new ModuleRunStats { Module = module, Direction = "push", Note = "the host has no BSS entity for this module" }),
        };

    private static async Task<ModuleRunStats> PushAsync<TRecord>(RunScope scope, string module, IReadOnlySet<string>? onlyIds, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        var tally = new ModuleTally(module, onlyIds is null ? "push" : SecondPass);
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
        if (onlyIds is not null)
        {
            records = [.. records.Where(r => onlyIds.Contains(r.Id))];
            tally.Note = "records whose references were first linked later in this run";
        }

        var failures = await scope.Failures.GetAsync(module, cancellationToken).ConfigureAwait(false);
        var pushOptions = new PushOptions { DryRun = scope.Request.DryRun };
        var done = 0;
        foreach (var batch in records.Chunk(Math.Max(1, scope.Request.BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = scope.Services.TimeProvider.GetUtcNow();
            var held = batch.Select(r => Held(scope, module, r.Id, failures.GetValueOrDefault((module, r.Id)), now)).OfType<RunResultRecord>().ToList();
            var due = batch.Where(r => !held.Any(h => h.BssId == r.Id)).ToList();
            if (held.Count > 0)
            {
                await scope.RecordAsync(held, tally, cancellationToken).ConfigureAwait(false);
            }

            if (due.Count > 0)
            {
                var links = await scope.Runtime.Links.GetManyAsync(module, [.. due.Select(r => r.Id)], cancellationToken).ConfigureAwait(false);
                var items = due
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

                now = scope.Services.TimeProvider.GetUtcNow();
                var logged = items.Select((item, i) => ToRecord(scope.RunId, module, item, i < results.Count ? results[i] : null, now)).ToList();
                if (!scope.Request.DryRun)
                {
                    logged = await FailureTracking.ApplyAsync(scope, logged, failures, now, cancellationToken).ConfigureAwait(false);
                }

                await scope.RecordAsync(logged, tally, cancellationToken).ConfigureAwait(false);
            }

            done += batch.Length;
            scope.Runtime.Context.Progress?.Report(new SyncProgress(module, done, records.Count));
        }

        return tally.ToStats();
    }

    private static RunResultRecord? Held(RunScope scope, string module, string bssId, RecordFailure? failure, DateTimeOffset now)
    {
        if (failure is null)
        {
            return null;
        }

        if (failure.Quarantined)
        {
            return new RunResultRecord
            {
                RunId = scope.RunId,
                Module = module,
                BssId = bssId,
                Operation = "None",
                Outcome = RecordOutcomes.Quarantined,
                FailureKind = failure.FailureKind,
                Reason = $"Quarantined after {failure.Attempts} failed attempts; last: {failure.Reason} Fix it, then run 'resync {scope.Runtime.Instance.Name} {module} {bssId}'.",
                Attempts = failure.Attempts,
                At = now,
            };
        }

        return scope.Request.HonourRetryDelays && failure.NextAttemptAt > now
            ? new RunResultRecord
            {
                RunId = scope.RunId,
                Module = module,
                BssId = bssId,
                Operation = "None",
                Outcome = nameof(PushOutcome.Skipped),
                FailureKind = failure.FailureKind,
                Reason = $"Failed {Wording.Count(failure.Attempts, "time")}; retried after {failure.NextAttemptAt:u}. Last: {failure.Reason}",
                Attempts = failure.Attempts,
                At = now,
            }
            : null;
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
