namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>The records of an instance that failed in a row: retry delays and quarantine.</summary>
/// <param name="database">The store.</param>
/// <param name="instanceId">The instance.</param>
internal sealed class FailureStore(HostDatabase database, long instanceId)
{
    /// <summary>Gets the failures of a module by BSS id.</summary>
    /// <param name="module">The module, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The failures.</returns>
    public async Task<IReadOnlyDictionary<(string Module, string BssId), RecordFailure>> GetAsync(string? module, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT module, bss_id, attempts, failure_kind, reason, next_attempt_at, quarantined FROM record_failures WHERE instance_id = $id AND ($module IS NULL OR module = $module);",
                r => new RecordFailure(
                    r.GetString(0),
                    r.GetString(1),
                    r.GetInt32(2),
                    r.GetNullableString(3),
                    r.GetNullableString(4),
                    r.IsDBNull(5) ? null : HostDatabase.Parse(r.GetString(5)),
                    r.GetInt64(6) != 0),
                cancellationToken,
                ("$id", instanceId),
                ("$module", module)).ConfigureAwait(false);
            return rows.ToDictionary(f => (f.Module, f.BssId));
        }
    }

    /// <summary>Stores a failure (replacing the previous one of the record).</summary>
    /// <param name="failure">The failure.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when it is stored.</returns>
    public async Task SaveAsync(RecordFailure failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "INSERT OR REPLACE INTO record_failures (instance_id, module, bss_id, attempts, failure_kind, reason, next_attempt_at, quarantined) VALUES ($id, $module, $bss, $attempts, $kind, $reason, $next, $q);",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$module", failure.Module),
                ("$bss", failure.BssId),
                ("$attempts", failure.Attempts),
                ("$kind", failure.FailureKind),
                ("$reason", failure.Reason),
                ("$next", failure.NextAttemptAt is { } next ? HostDatabase.Format(next) : null),
                ("$q", failure.Quarantined ? 1 : 0)).ConfigureAwait(false);
        }
    }

    /// <summary>Stores failures and forgets others in a transaction of the caller's, in one statement for each kind.</summary>
    /// <param name="transaction">The transaction.</param>
    /// <param name="saved">The failures to store (each replacing the previous one of its record).</param>
    /// <param name="cleared">The records whose failures are forgotten.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are written.</returns>
    public async Task WriteAsync(StoreTransaction transaction, IReadOnlyCollection<RecordFailure> saved, IReadOnlyCollection<(string Module, string BssId)> cleared, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(cleared);
        if (cleared.Count > 0)
        {
            await transaction.ExecuteAsync(
                "DELETE FROM record_failures WHERE instance_id = $id AND EXISTS (SELECT 1 FROM json_each($keys) k WHERE record_failures.module = k.value ->> 0 AND record_failures.bss_id = k.value ->> 1);",
                cancellationToken,
                ("$id", instanceId),
                ("$keys", JsonRows.Of(cleared, k => [k.Module, k.BssId]))).ConfigureAwait(false);
        }

        if (saved.Count > 0)
        {
            await transaction.ExecuteAsync(
                "INSERT OR REPLACE INTO record_failures (instance_id, module, bss_id, attempts, failure_kind, reason, next_attempt_at, quarantined) " +
                "SELECT $id, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6 FROM json_each($rows);",
                cancellationToken,
                ("$id", instanceId),
                ("$rows", JsonRows.Of(saved, f => [
                    f.Module,
                    f.BssId,
                    f.Attempts,
                    f.FailureKind,
                    f.Reason,
                    f.NextAttemptAt is { } next ? HostDatabase.Format(next) : null,
                    f.Quarantined ? 1 : 0,
                ]))).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets the failures of a record, or of every quarantined record of a module when the id is <c>*</c>.</summary>
    /// <param name="module">The module.</param>
    /// <param name="bssId">The BSS id, or <c>*</c>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many were forgotten.</returns>
    public async Task<int> ClearAsync(string module, string bssId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteAsync(
                "DELETE FROM record_failures WHERE instance_id = $id AND module = $module AND ($bss = '*' OR bss_id = $bss);",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$module", module),
                ("$bss", bssId)).ConfigureAwait(false);
        }
    }
}
