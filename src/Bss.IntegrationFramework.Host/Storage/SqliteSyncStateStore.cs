namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>The pull cursors of one instance, in SQLite.</summary>
/// <param name="database">The store.</param>
/// <param name="instanceId">The instance.</param>
internal sealed class SqliteSyncStateStore(HostDatabase database, long instanceId) : ISyncStateStore
{
    private const string UpsertCursor =
        "INSERT INTO cursors (instance_id, module, cursor, updated_at) VALUES ($id, $module, $cursor, $at) " +
        "ON CONFLICT (instance_id, module) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at;";

    /// <inheritdoc />
    public async Task<string?> GetCursorAsync(string module, CancellationToken cancellationToken = default)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return (string?)await connection.ScalarAsync(
                "SELECT cursor FROM cursors WHERE instance_id = $id AND module = $module;",
                cancellationToken,
                ("$id", instanceId),
                ("$module", module)).ConfigureAwait(false);
        }
    }

    /// <summary>Saves a module's cursor in a transaction of the caller's.</summary>
    /// <param name="transaction">The transaction.</param>
    /// <param name="module">The module.</param>
    /// <param name="cursor">The cursor, or <see langword="null"/> to start over.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the cursor is written.</returns>
    public Task SaveCursorAsync(StoreTransaction transaction, string module, string? cursor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        return transaction.ExecuteAsync(
            UpsertCursor,
            cancellationToken,
            ("$id", instanceId),
            ("$module", module),
            ("$cursor", cursor),
            ("$at", database.Now()));
    }

    /// <inheritdoc />
    public async Task SaveCursorAsync(string module, string? cursor, CancellationToken cancellationToken = default)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                UpsertCursor,
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$module", module),
                ("$cursor", cursor),
                ("$at", database.Now())).ConfigureAwait(false);
        }
    }
}
