using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>
/// The callbacks part of the store: each instance's callback settings, the durable queue of verified notifications,
/// and the digests of the notifications already received (a replay or a duplicate delivery is recognised by its
/// exact body and stores nothing). Receipts older than <see cref="ReceiptRetention"/> are pruned.
/// </summary>
/// <param name="database">The store.</param>
internal sealed class CallbackStore(HostDatabase database)
{
    /// <summary>How long a received notification's digest is kept to recognise a replay.</summary>
    public static readonly TimeSpan ReceiptRetention = TimeSpan.FromDays(7);

    /// <summary>Reads an instance's callback settings.</summary>
    public async Task<CallbackSettings?> GetSettingsAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT public_url, modules, enabled_at, last_received_at FROM callback_settings WHERE instance_id = $id;",
                r => new CallbackSettings(
                    new Uri(r.GetString(0)),
                    r.GetString(1).Split(',', StringSplitOptions.RemoveEmptyEntries),
                    HostDatabase.Parse(r.GetString(2)),
                    r.GetNullableString(3) is { } at ? HostDatabase.Parse(at) : null),
                cancellationToken,
                ("$id", instanceId)).ConfigureAwait(false);
            return rows.FirstOrDefault();
        }
    }

    /// <summary>Saves an instance's callback settings (keeping when the last callback arrived).</summary>
    public async Task SaveSettingsAsync(long instanceId, Uri publicUrl, IReadOnlyList<string> modules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publicUrl);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                """
                INSERT INTO callback_settings (instance_id, public_url, modules, enabled_at) VALUES ($id, $url, $modules, $at)
                ON CONFLICT (instance_id) DO UPDATE SET public_url = excluded.public_url, modules = excluded.modules, enabled_at = excluded.enabled_at;
                """,
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$url", publicUrl.AbsoluteUri),
                ("$modules", string.Join(',', modules)),
                ("$at", database.Now())).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets an instance's callback settings and its queue.</summary>
    public async Task RemoveSettingsAsync(long instanceId, CancellationToken cancellationToken)
    {
        var transaction = await StoreTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            await transaction.ExecuteAsync("DELETE FROM callback_settings WHERE instance_id = $id;", cancellationToken, ("$id", instanceId)).ConfigureAwait(false);
            await transaction.ExecuteAsync("DELETE FROM callback_queue WHERE instance_id = $id;", cancellationToken, ("$id", instanceId)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Queues a verified notification unless one with the same digest was received before, in one transaction with
    /// its receipt and the instance's last-received time.
    /// </summary>
    /// <returns><see langword="false"/> when it is a replay (nothing stored).</returns>
    public async Task<bool> TryEnqueueAsync(long instanceId, string digest, string module, string remoteId, string action, CancellationToken cancellationToken)
    {
        var now = database.Now();
        var transaction = await StoreTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var added = await transaction.ExecuteAsync(
                "INSERT INTO callback_receipts (instance_id, digest, received_at) VALUES ($id, $digest, $at) ON CONFLICT DO NOTHING;",
                cancellationToken,
                ("$id", instanceId),
                ("$digest", digest),
                ("$at", now)).ConfigureAwait(false);
            if (added == 0)
            {
                return false;
            }

            await transaction.ExecuteAsync(
                "INSERT INTO callback_queue (instance_id, module, remote_id, action, received_at) VALUES ($id, $module, $remote, $action, $at);",
                cancellationToken,
                ("$id", instanceId),
                ("$module", module),
                ("$remote", remoteId),
                ("$action", action),
                ("$at", now)).ConfigureAwait(false);
            await transaction.ExecuteAsync(
                "UPDATE callback_settings SET last_received_at = $at WHERE instance_id = $id;",
                cancellationToken,
                ("$id", instanceId),
                ("$at", now)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <summary>The instances with queued notifications.</summary>
    public async Task<IReadOnlyList<long>> PendingInstancesAsync(CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync("SELECT DISTINCT instance_id FROM callback_queue ORDER BY instance_id;", r => r.GetInt64(0), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The oldest queued notifications of an instance.</summary>
    public async Task<IReadOnlyList<QueuedChange>> PeekAsync(long instanceId, int max, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                "SELECT id, module, remote_id, action FROM callback_queue WHERE instance_id = $id ORDER BY id LIMIT $max;",
                r => new QueuedChange(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3)),
                cancellationToken,
                ("$id", instanceId),
                ("$max", max)).ConfigureAwait(false);
        }
    }

    /// <summary>Removes the notifications a pull has handled.</summary>
    public async Task CompleteAsync(long instanceId, long throughId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "DELETE FROM callback_queue WHERE instance_id = $id AND id <= $through;",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$through", throughId)).ConfigureAwait(false);
            await connection.ExecuteAsync(
                "DELETE FROM callback_receipts WHERE received_at < $before;",
                cancellationToken,
                null,
                ("$before", HostDatabase.Format(database.TimeProvider.GetUtcNow() - ReceiptRetention))).ConfigureAwait(false);
        }
    }
}
