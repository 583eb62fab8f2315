using System.Globalization;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>Pulls one module's remote records into the BSS store, saving the cursor after each stored page.</summary>
internal static class ModulePuller
{
    /// <summary>Pulls the records of a module.</summary>
    /// <param name="scope">The run.</param>
    /// <param name="module">The module.</param>
    /// <param name="cancellationToken">Cancels between pages; pages already stored keep their cursor.</param>
    /// <returns>The module's totals.</returns>
    public static Task<ModuleRunStats> PullAsync(RunScope scope, string module, CancellationToken cancellationToken) =>
        module switch
        {
            BssModules.Accounts => PullAsync<Account>(scope, module, cancellationToken),
            BssModules.Contacts => PullAsync<Contact>(scope, module, cancellationToken),
            BssModules.Products => PullAsync<Product>(scope, module, cancellationToken),
            BssModules.Subscriptions => PullAsync<Subscription>(scope, module, cancellationToken),
            BssModules.Orders => PullAsync<Order>(scope, module, cancellationToken),
            BssModules.Invoices => PullAsync<Invoice>(scope, module, cancellationToken),
            BssModules.Payments => PullAsync<Payment>(scope, module, cancellationToken),
            _ => Task.FromResult(new ModuleRunStats { Module = module, Direction = "pull", Note = "the host has no BSS entity for this module" }),
        };

    private static async Task<ModuleRunStats> PullAsync<TRecord>(RunScope scope, string module, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        var tally = new ModuleTally(module, "pull");
        var handler = scope.Session.GetPullModule<TRecord>(module);
        if (handler is null)
        {
            tally.Note = "skipped: the connector cannot pull this module yet";
            return tally.ToStats();
        }

        if (!scope.Runtime.Context.Options.IsEnabled(module, SyncOperation.BatchRead))
        {
            tally.Note = "skipped: batchRead is switched off";
            return tally.ToStats();
        }

        var state = scope.Runtime.Context.State;
        var remoteIds = scope.Request.RemoteIds?.GetValueOrDefault(module);
        var cursor = scope.Request.Full || remoteIds is not null ? null : await state.GetCursorAsync(module, cancellationToken).ConfigureAwait(false);
        var before = scope.Session.RequestCount;
        try
        {
            await foreach (var batch in handler.PullAsync(new PullRequest(cursor) { RemoteIds = remoteIds }, cancellationToken).ConfigureAwait(false))
            {
                var logged = await StoreAsync(scope, module, batch, cancellationToken).ConfigureAwait(false);
                scope.Remember(logged, tally);
            }
        }
        finally
        {
            tally.Requests = scope.Session.RequestCount - before;
        }

        return tally.ToStats();
    }

    /// <summary>
    /// Stores a page: its links found in one query, the unlinked-record matcher built only when the page has unlinked
    /// records, then records, new links, run results and the checkpoint in one transaction, so the cursor never gets
    /// ahead of what is stored and a page costs the same few statements whatever its size.
    /// </summary>
    private static async Task<List<RunResultRecord>> StoreAsync<TRecord>(RunScope scope, string module, PullBatch<TRecord> batch, CancellationToken cancellationToken)
        where TRecord : BssRecord
    {
        var links = scope.Runtime.Links;
        var now = scope.Services.TimeProvider.GetUtcNow();
        var linked = await links.FindByRemoteIdsAsync(module, [.. batch.Records.Select(p => p.RemoteId).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        var unlinked = batch.Records
            .Where(p => string.IsNullOrEmpty(p.Record.Id) && !p.Deleted && !linked.ContainsKey(p.RemoteId))
            .Select(p => (BssRecord)p.Record)
            .ToList();
        var matcher = await UnlinkedRecordMatcher.LoadAsync(scope.Services.Records, links.InstanceId, module, unlinked, cancellationToken).ConfigureAwait(false);
        var toStore = new List<BssRecord>();
        var newLinks = new List<IntegrationLink>();
        var logged = new List<RunResultRecord>();
        foreach (var pulled in batch.Records)
        {
            var link = linked.GetValueOrDefault(pulled.RemoteId);
            var matched = string.IsNullOrEmpty(pulled.Record.Id) && link is null && !pulled.Deleted ? matcher.Claim(pulled.Record) : null;
            var bssId = !string.IsNullOrEmpty(pulled.Record.Id) ? pulled.Record.Id
                : link?.BssId
                ?? matched
                ?? string.Create(CultureInfo.InvariantCulture, $"cw-{module.ToLowerInvariant()}-{pulled.RemoteId}");
            if (!pulled.Deleted)
            {
                if (matched is not null)
                {
                    // The BSS record a lost create left unlinked: kept as the BSS holds it, and linked to what ConnectWise
                    // holds without a hash, so the next push compares the two and sends only what differs.
                    newLinks.Add(new IntegrationLink(module, bssId, pulled.RemoteId, null, now, pulled.Agreed?.Snapshot));
                }
                else
                {
                    if (!pulled.Unchanged)
                    {
                        toStore.Add(((BssRecord)pulled.Record) with { Id = bssId });
                    }

                    if (pulled.Agreed is { } agreed)
                    {
                        // What the merge left both sides agreeing on, stored with the record in the page's transaction.
                        if (link is null || link.Snapshot != agreed.Snapshot || link.PayloadHash != agreed.PayloadHash)
                        {
                            newLinks.Add(new IntegrationLink(module, bssId, pulled.RemoteId, agreed.PayloadHash, now, agreed.Snapshot));
                        }
                    }
                    else if (link is null)
                    {
                        // Linked without a payload hash: the next push compares and sends only what differs.
                        newLinks.Add(new IntegrationLink(module, bssId, pulled.RemoteId, null, now));
                    }
                }
            }

            logged.Add(scope.Redact(new RunResultRecord
            {
                RunId = scope.RunId,
                Module = module,
                BssId = bssId,
                RemoteId = pulled.RemoteId,
                Operation = nameof(SyncOperation.BatchRead),
                Outcome = pulled.Deleted ? RecordOutcomes.Deleted : pulled.Unchanged ? nameof(PushOutcome.Unchanged) : RecordOutcomes.Pulled,
                Reason = pulled.Deleted ? "Deleted in the remote system; the BSS record is kept." : null,
                At = now,
            }));
            logged.AddRange(pulled.Conflicts.Select(conflict => scope.Redact(ConflictResult(scope, module, bssId, pulled.RemoteId, conflict, now))));
        }

        var transaction = await StoreTransaction.BeginAsync(scope.Services.Database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            // A dry run stores nothing but the run log.
            if (!scope.Request.DryRun)
            {
                await scope.Services.Records.UpsertAsync(transaction, toStore, cancellationToken).ConfigureAwait(false);
                await links.WriteAsync(transaction, new HeldLinkWrites(newLinks, []), cancellationToken).ConfigureAwait(false);

                // A pull by ids (a change notification's records) leaves the cursor where the last scheduled pull put it.
                if (scope.Request.RemoteIds is null)
                {
                    await scope.Services.StateOf(scope.Runtime.Instance).SaveCursorAsync(transaction, module, batch.Checkpoint, cancellationToken).ConfigureAwait(false);
                }
            }

            await RunLog.AddResultsAsync(transaction, logged, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return logged;
    }

    private static RunResultRecord ConflictResult(RunScope scope, string module, string bssId, string remoteId, FieldConflict conflict, DateTimeOffset now) => new()
    {
        RunId = scope.RunId,
        Module = module,
        BssId = bssId,
        RemoteId = remoteId,
        Operation = nameof(SyncOperation.BatchRead),
        Outcome = RecordOutcomes.Conflict,
        Reason = string.Create(
            CultureInfo.InvariantCulture,
            $"Conflict on {conflict.Field} ({conflict.Group} fields): at the last sync {Quote(conflict.BaseValue)}, in the BSS {Quote(conflict.BssValue)}, in ConnectWise {Quote(conflict.RemoteValue)}. {conflict.Resolution}"),
        Changes = [new FieldChange(conflict.Field, conflict.BssValue, conflict.RemoteValue)],
        At = now,
    };

    private static string Quote(string? value) => value is null ? "empty" : $"'{value}'";
}
