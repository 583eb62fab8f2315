using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>The sync log: runs, their per-module totals and every record's result.</summary>
/// <param name="database">The store.</param>
internal sealed class RunLog(HostDatabase database)
{
    private const string SelectRun = "SELECT id, instance_id, started_at, ended_at, status, dry_run, requests, message FROM runs";

    /// <summary>Starts a run.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="dryRun">Whether it writes nothing.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The run id.</returns>
    public async Task<long> StartAsync(long instanceId, bool dryRun, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return (long)(await connection.ScalarAsync(
                "INSERT INTO runs (instance_id, started_at, status, dry_run) VALUES ($id, $at, $status, $dry) RETURNING id;",
                cancellationToken,
                ("$id", instanceId),
                ("$at", database.Now()),
                ("$status", RunStatus.Running),
                ("$dry", dryRun ? 1 : 0)).ConfigureAwait(false))!;
        }
    }

    /// <summary>Records results in one transaction.</summary>
    /// <param name="results">The results.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are stored.</returns>
    public async Task AddResultsAsync(IEnumerable<RunResultRecord> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(results);
        var transaction = await StoreTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await AddResultsAsync(transaction, results, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records results in a transaction of the caller's, in one statement whatever their number.</summary>
    /// <param name="transaction">The transaction.</param>
    /// <param name="results">The results, stored in this order.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are written.</returns>
    public static async Task AddResultsAsync(StoreTransaction transaction, IEnumerable<RunResultRecord> results, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(results);
        var rows = results.ToList();
        if (rows.Count == 0)
        {
            return;
        }

        // jsonb_each yields the array's elements in order (its key), so the rows' ids keep the results' order. Its
        // values are binary JSON, which the eleven ->> of a row read without parsing the row's text again (json_each
        // would turn each row back into text for each of them to parse: an unchanged re-push logs 20,000 rows).
        await transaction.ExecuteAsync(
            "INSERT INTO run_results (run_id, module, bss_id, remote_id, operation, outcome, failure_kind, reason, attempts, at, changes) " +
            "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, value ->> 9, value ->> 10 " +
            "FROM jsonb_each($rows) ORDER BY key;",
            cancellationToken,
            ("$rows", JsonRows.Of(rows, r => [
                r.RunId,
                r.Module,
                r.BssId,
                r.RemoteId,
                r.Operation,
                r.Outcome,
                r.FailureKind,
                r.Reason,
                r.Attempts,
                HostDatabase.Format(r.At),
                r.Changes.Count == 0 ? null : JsonSerializer.Serialize(r.Changes, Bss.BssJson.Options),
            ]))).ConfigureAwait(false);
    }

    /// <summary>Stores a module's totals in a run.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="stats">The totals.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are stored.</returns>
    public async Task SaveModuleAsync(long runId, ModuleRunStats stats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "INSERT OR REPLACE INTO run_modules (run_id, module, direction, created, updated, unchanged, skipped, failed, quarantined, pulled, requests, note) " +
                "VALUES ($run, $module, $dir, $c, $u, $n, $s, $f, $q, $p, $r, $note);",
                cancellationToken,
                null,
                ("$run", runId),
                ("$module", stats.Module),
                ("$dir", stats.Direction),
                ("$c", stats.Created),
                ("$u", stats.Updated),
                ("$n", stats.Unchanged),
                ("$s", stats.Skipped),
                ("$f", stats.Failed),
                ("$q", stats.Quarantined),
                ("$p", stats.Pulled),
                ("$r", stats.Requests),
                ("$note", stats.Note)).ConfigureAwait(false);
        }
    }

    /// <summary>Ends a run.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="status">One of <see cref="RunStatus"/>.</param>
    /// <param name="requests">HTTP requests sent.</param>
    /// <param name="message">Why it failed, if it did.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the run is stored.</returns>
    public async Task FinishAsync(long runId, string status, long requests, string? message, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "UPDATE runs SET ended_at = $at, status = $status, requests = $requests, message = $message WHERE id = $run;",
                cancellationToken,
                null,
                ("$run", runId),
                ("$at", database.Now()),
                ("$status", status),
                ("$requests", requests),
                ("$message", message)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets a run.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The run, or <see langword="null"/>.</returns>
    public async Task<RunRecord?> FindAsync(long runId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(SelectRun + " WHERE id = $run;", MapRun, cancellationToken, ("$run", runId)).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    }

    /// <summary>Lists the latest runs of an instance, newest first.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="limit">How many.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The runs.</returns>
    public async Task<IReadOnlyList<RunRecord>> ListAsync(long instanceId, int limit, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(SelectRun + " WHERE instance_id = $id ORDER BY id DESC LIMIT $limit;", MapRun, cancellationToken, ("$id", instanceId), ("$limit", limit)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets a run's per-module totals.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The totals, in the order the modules ran.</returns>
    public async Task<IReadOnlyList<ModuleRunStats>> GetModulesAsync(long runId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                "SELECT module, direction, created, updated, unchanged, skipped, failed, quarantined, pulled, requests, note FROM run_modules WHERE run_id = $run ORDER BY rowid;",
                r => new ModuleRunStats
                {
                    Module = r.GetString(0),
                    Direction = r.GetString(1),
                    Created = r.GetInt32(2),
                    Updated = r.GetInt32(3),
                    Unchanged = r.GetInt32(4),
                    Skipped = r.GetInt32(5),
                    Failed = r.GetInt32(6),
                    Quarantined = r.GetInt32(7),
                    Pulled = r.GetInt32(8),
                    Requests = r.GetInt64(9),
                    Note = r.GetNullableString(10),
                },
                cancellationToken,
                ("$run", runId)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets a run's record results.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="failedOnly">Only failed and quarantined records.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The results in the order they happened.</returns>
    public async Task<IReadOnlyList<RunResultRecord>> GetResultsAsync(long runId, bool failedOnly, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                "SELECT run_id, module, bss_id, remote_id, operation, outcome, failure_kind, reason, attempts, at, changes FROM run_results " +
                "WHERE run_id = $run AND ($failed = 0 OR outcome IN ('Failed', 'Quarantined')) ORDER BY id;",
                r => new RunResultRecord
                {
                    RunId = r.GetInt64(0),
                    Module = r.GetString(1),
                    BssId = r.GetString(2),
                    RemoteId = r.GetNullableString(3),
                    Operation = r.GetString(4),
                    Outcome = r.GetString(5),
                    FailureKind = r.GetNullableString(6),
                    Reason = r.GetNullableString(7),
                    Attempts = r.GetInt32(8),
                    At = HostDatabase.Parse(r.GetString(9)),
                    Changes = r.IsDBNull(10) ? [] : JsonSerializer.Deserialize<List<FieldChange>>(r.GetString(10), Bss.BssJson.Options) ?? [],
                },
                cancellationToken,
                ("$run", runId),
                ("$failed", failedOnly ? 1 : 0)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the BSS ids of a module's records that ended a run with one of the outcomes.</summary>
    /// <param name="runId">The run.</param>
    /// <param name="module">The module.</param>
    /// <param name="outcomes">The outcomes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ids, each once.</returns>
    public async Task<IReadOnlySet<string>> GetBssIdsAsync(long runId, string module, IReadOnlyList<string> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var ids = await connection.QueryAsync(
                "SELECT DISTINCT bss_id FROM run_results WHERE run_id = $run AND module = $module AND outcome IN (SELECT value FROM json_each($outcomes));",
                r => r.GetString(0),
                cancellationToken,
                ("$run", runId),
                ("$module", module),
                ("$outcomes", JsonSerializer.Serialize(outcomes))).ConfigureAwait(false);
            return ids.ToHashSet(StringComparer.Ordinal);
        }
    }

    private static RunRecord MapRun(SqliteDataReader r) =>
        new(
            r.GetInt64(0),
            r.GetInt64(1),
            HostDatabase.Parse(r.GetString(2)),
            r.IsDBNull(3) ? null : HostDatabase.Parse(r.GetString(3)),
            r.GetString(4),
            r.GetInt64(5) != 0,
            r.GetInt64(6),
            r.GetNullableString(7));
}
