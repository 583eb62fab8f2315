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
        else if (scope.Request.OnlyIds is { } chosen)
        {
            records = [.. records.Where(r => chosen.Contains(r.Id))];
        }

        var failures = await scope.Failures.GetAsync(module, cancellationToken).ConfigureAwait(false);
        var pushOptions = new PushOptions { DryRun = scope.Request.DryRun };
        var startedAt = scope.Services.TimeProvider.GetUtcNow();
        var waiting = await Plans.ApprovalGate.HoldAsync(
            scope, module, handler, [.. records.Where(r => Held(scope, module, r.Id, failures.GetValueOrDefault((module, r.Id)), startedAt) is null)], tally, cancellationToken).ConfigureAwait(false);
        var done = 0;
        foreach (var batch in records.Chunk(Math.Max(1, scope.Request.BatchSize)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var now = scope.Services.TimeProvider.GetUtcNow();
            var held = batch.Select(r => waiting.GetValueOrDefault(r.Id) ?? Held(scope, module, r.Id, failures.GetValueOrDefault((module, r.Id)), now)).OfType<RunResultRecord>().Select(scope.Redact).ToList();
            var heldIds = held.Select(h => h.BssId).ToHashSet(StringComparer.Ordinal);
            var due = batch.Where(r => !heldIds.Contains(r.Id)).ToList();
            if (due.Count == 0 && held.Count > 0)
            {
                await WriteAsync(scope, new HeldLinkWrites([], []), held, null, cancellationToken).ConfigureAwait(false);
                scope.Remember(held, tally);
            }

            if (due.Count > 0)
            {
                var linked = await scope.Runtime.Links.FindLinkedAsync(module, [.. due.Select(r => r.Id)], cancellationToken).ConfigureAwait(false);
                var items = due
                    .Select(r => new PushItem<TRecord>(r, linked.Contains(r.Id) ? SyncOperation.Update : SyncOperation.Create))
                    .ToList();
                var before = scope.Session.RequestCount;
                IReadOnlyList<PushResult> results;

                // The links the connector saves while it pushes the batch are held and written with the batch's results.
                scope.Runtime.Links.HoldWrites();
                try
                {
                    results = await handler.PushAsync(items, pushOptions, cancellationToken).ConfigureAwait(false);
                }
                catch
                {
                    // Whatever the connector created before it stopped stays linked.
                    await WriteAsync(scope, scope.Runtime.Links.TakeHeldWrites(), held, null, CancellationToken.None).ConfigureAwait(false);
                    scope.Remember(held, tally);
                    throw;
                }
                finally
                {
                    tally.Requests += scope.Session.RequestCount - before;
                }

                now = scope.Services.TimeProvider.GetUtcNow();
                IReadOnlyList<RunResultRecord> logged = [.. items.Select((item, i) => ToRecord(scope.RunId, module, item, i < results.Count ? results[i] : null, now))];
                FailureUpdate? failureUpdate = null;
                if (!scope.Request.DryRun)
                {
                    failureUpdate = FailureTracking.Apply(scope, logged, failures, now);
                    logged = failureUpdate.Results;
                }

                logged = [.. held, .. logged.Select(scope.Redact)];

                // Not cancellable: ConnectWise has answered the batch, and a cancel landing in the commit would roll back
                // the links of records it created (the run stops at the next batch instead).
                await WriteAsync(scope, scope.Runtime.Links.TakeHeldWrites(), logged, failureUpdate, CancellationToken.None).ConfigureAwait(false);
                scope.Remember(logged, tally);
            }

            done += batch.Length;
            scope.Runtime.Context.Progress?.Report(new SyncProgress(module, done, records.Count));
        }

        return tally.ToStats();
    }

    /// <summary>Writes a batch's links, results and failures in one transaction.</summary>
    private static async Task WriteAsync(RunScope scope, HeldLinkWrites links, IReadOnlyList<RunResultRecord> results, FailureUpdate? failures, CancellationToken cancellationToken)
    {
        if (links.IsEmpty && results.Count == 0 && failures is null)
        {
            return;
        }

        var transaction = await StoreTransaction.BeginAsync(scope.Services.Database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await scope.Runtime.Links.WriteAsync(transaction, links, cancellationToken).ConfigureAwait(false);
            await RunLog.AddResultsAsync(transaction, results, cancellationToken).ConfigureAwait(false);
            if (failures is not null)
            {
                await scope.Failures.WriteAsync(transaction, failures.Saved, failures.Cleared, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
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
                Billing = result.Billing,
                RecordHash = result.Billing is null ? null : Plans.RecordHash.Of(item.Record),
            };
}
