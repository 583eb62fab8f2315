using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>
/// The links of one instance, in SQLite. While a push batch runs (<see cref="HoldWrites"/>), the links the connector
/// saves or removes are held in memory, seen by its reads, and written with the batch's results in one transaction.
/// </summary>
/// <param name="database">The store.</param>
/// <param name="instanceId">The instance.</param>
internal sealed class SqliteLinkStore(HostDatabase database, long instanceId) : IIntegrationLinkStore
{
    private const string SelectLink = "SELECT module, bss_id, remote_id, payload_hash, updated_at, snapshot FROM links";

    private readonly Lock _gate = new();
    private Dictionary<(string Module, string BssId), IntegrationLink?>? _held;

    /// <summary>Gets the instance whose links these are.</summary>
    public long InstanceId => instanceId;

    /// <summary>Holds the links saved or removed from now on until <see cref="TakeHeldWrites"/>, instead of writing each at once.</summary>
    public void HoldWrites()
    {
        lock (_gate)
        {
            _held ??= [];
        }
    }

    /// <summary>Stops holding writes and hands over those held: each link saved, or removed (<see langword="null"/>).</summary>
    /// <returns>The held writes, the last of each record.</returns>
    public HeldLinkWrites TakeHeldWrites()
    {
        lock (_gate)
        {
            var held = _held ?? [];
            _held = null;
            return new HeldLinkWrites(
                [.. held.Values.OfType<IntegrationLink>()],
                [.. held.Where(h => h.Value is null).Select(h => h.Key)]);
        }
    }

    /// <summary>Writes links saved and removed in a transaction of the caller's, in one statement for each kind.</summary>
    /// <param name="transaction">The transaction.</param>
    /// <param name="writes">The writes.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are written.</returns>
    public async Task WriteAsync(StoreTransaction transaction, HeldLinkWrites writes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(writes);
        if (writes.Removed.Count > 0)
        {
            await transaction.ExecuteAsync(
                "DELETE FROM links WHERE instance_id = $id AND EXISTS (SELECT 1 FROM json_each($keys) k WHERE links.module = k.value ->> 0 AND links.bss_id = k.value ->> 1);",
                cancellationToken,
                ("$id", instanceId),
                ("$keys", JsonRows.Of(writes.Removed, k => [k.Module, k.BssId]))).ConfigureAwait(false);
        }

        if (writes.Saved.Count > 0)
        {
            await transaction.ExecuteAsync(
                "INSERT INTO links (instance_id, module, bss_id, remote_id, payload_hash, updated_at, snapshot) " +
                "SELECT $id, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5 FROM json_each($links) WHERE true " +
                "ON CONFLICT (instance_id, module, bss_id) DO UPDATE SET remote_id = excluded.remote_id, payload_hash = excluded.payload_hash, updated_at = excluded.updated_at, snapshot = excluded.snapshot;",
                cancellationToken,
                ("$id", instanceId),
                ("$links", JsonRows.Of(writes.Saved, l => [l.Module, l.BssId, l.RemoteId, l.PayloadHash, HostDatabase.Format(l.UpdatedAt), l.Snapshot]))).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    /// <remarks>One query whatever the number of ids (they are one JSON parameter, not one parameter each, so no
    /// chunking under SQLite's parameter limit); the writes held for the current batch are included.</remarks>
    public async Task<IReadOnlyDictionary<string, IntegrationLink>> FindByRemoteIdsAsync(string module, IReadOnlyCollection<string> remoteIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(remoteIds);
        var found = new Dictionary<string, IntegrationLink>(StringComparer.Ordinal);
        if (remoteIds.Count == 0)
        {
            return found;
        }

        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                $"{SelectLink} WHERE instance_id = $id AND module = $module AND remote_id IN (SELECT value FROM json_each($remote));",
                Map,
                cancellationToken,
                ("$id", instanceId),
                ("$module", module),
                ("$remote", JsonRows.OfStrings(remoteIds))).ConfigureAwait(false);
            foreach (var link in rows.Where(l => !IsHeld(l.Module, l.BssId)))
            {
                found.TryAdd(link.RemoteId, link);
            }
        }

        lock (_gate)
        {
            foreach (var link in (_held?.Values ?? Enumerable.Empty<IntegrationLink?>()).OfType<IntegrationLink>().Where(l => l.Module == module && remoteIds.Contains(l.RemoteId)))
            {
                found[link.RemoteId] = link;
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, IntegrationLink>> GetManyAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bssIds);
        var found = new Dictionary<string, IntegrationLink>(StringComparer.Ordinal);
        if (bssIds.Count == 0)
        {
            return found;
        }

        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // One statement whatever the number of ids: they are one JSON parameter, not one parameter each.
            var rows = await connection.QueryAsync(
                $"{SelectLink} WHERE instance_id = $id AND module = $module AND bss_id IN (SELECT value FROM json_each($bss));",
                Map,
                cancellationToken,
                ("$id", instanceId),
                ("$module", module),
                ("$bss", JsonRows.OfStrings(bssIds))).ConfigureAwait(false);
            foreach (var link in rows)
            {
                found[link.BssId] = link;
            }
        }

        lock (_gate)
        {
            foreach (var ((heldModule, bssId), link) in _held ?? [])
            {
                if (heldModule != module || !bssIds.Contains(bssId))
                {
                    continue;
                }

                if (link is null)
                {
                    found.Remove(bssId);
                }
                else
                {
                    found[bssId] = link;
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Tells which of some records are linked in a module, in one query that reads their ids only: a push batch needs
    /// no more to choose between create and update, and reading 500 links' snapshots for it doubled the connector's own
    /// read of them. The writes held for the current batch are included.
    /// </summary>
    /// <param name="module">The module.</param>
    /// <param name="bssIds">The BSS ids.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ids of those linked.</returns>
    public async Task<IReadOnlySet<string>> FindLinkedAsync(string module, IReadOnlyCollection<string> bssIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bssIds);
        var linked = new HashSet<string>(StringComparer.Ordinal);
        if (bssIds.Count == 0)
        {
            return linked;
        }

        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            linked.UnionWith(await connection.QueryAsync(
                "SELECT bss_id FROM links WHERE instance_id = $id AND module = $module AND bss_id IN (SELECT value FROM json_each($bss));",
                r => r.GetString(0),
                cancellationToken,
                ("$id", instanceId),
                ("$module", module),
                ("$bss", JsonRows.OfStrings(bssIds))).ConfigureAwait(false));
        }

        lock (_gate)
        {
            var asked = bssIds.ToHashSet(StringComparer.Ordinal);
            foreach (var ((heldModule, bssId), link) in _held ?? [])
            {
                if (heldModule == module && asked.Contains(bssId))
                {
                    _ = link is null ? linked.Remove(bssId) : linked.Add(bssId);
                }
            }
        }

        return linked;
    }

    /// <inheritdoc />
    public async Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_held?.Values.OfType<IntegrationLink>().FirstOrDefault(l => l.Module == module && l.RemoteId == remoteId) is { } heldLink)
            {
                return heldLink;
            }
        }

        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                $"{SelectLink} WHERE instance_id = $id AND module = $module AND remote_id = $remote LIMIT 1;",
                Map,
                cancellationToken,
                ("$id", instanceId),
                ("$module", module),
                ("$remote", remoteId)).ConfigureAwait(false);
            return rows.Count == 0 || IsHeld(module, rows[0].BssId) ? null : rows[0];
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(IntegrationLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        lock (_gate)
        {
            if (_held is not null)
            {
                _held[(link.Module, link.BssId)] = link;
                return;
            }
        }

        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "INSERT INTO links (instance_id, module, bss_id, remote_id, payload_hash, updated_at, snapshot) VALUES ($id, $module, $bss, $remote, $hash, $at, $snapshot) " +
                "ON CONFLICT (instance_id, module, bss_id) DO UPDATE SET remote_id = excluded.remote_id, payload_hash = excluded.payload_hash, updated_at = excluded.updated_at, snapshot = excluded.snapshot;",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$module", link.Module),
                ("$bss", link.BssId),
                ("$remote", link.RemoteId),
                ("$hash", link.PayloadHash),
                ("$snapshot", link.Snapshot),
                ("$at", HostDatabase.Format(link.UpdatedAt))).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task RemoveAsync(string module, string bssId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_held is not null)
            {
                _held[(module, bssId)] = null;
                return;
            }
        }

        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "DELETE FROM links WHERE instance_id = $id AND module = $module AND bss_id = $bss;",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$module", module),
                ("$bss", bssId)).ConfigureAwait(false);
        }
    }

    /// <summary>Lists the links of a module, or of every module.</summary>
    /// <param name="module">The module, or <see langword="null"/> for all.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The links.</returns>
    public async Task<IReadOnlyList<IntegrationLink>> ListAsync(string? module, CancellationToken cancellationToken = default)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                $"{SelectLink} WHERE instance_id = $id AND ($module IS NULL OR module = $module) ORDER BY module, bss_id;",
                Map,
                cancellationToken,
                ("$id", instanceId),
                ("$module", module)).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets what was last pushed (payload hash and snapshot) so the next push compares and sends the record again.</summary>
    /// <param name="module">The module.</param>
    /// <param name="bssId">The BSS id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="true"/> when the record was linked.</returns>
    public async Task<bool> ForgetHashAsync(string module, string bssId, CancellationToken cancellationToken = default)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteAsync(
                "UPDATE links SET payload_hash = NULL, snapshot = NULL WHERE instance_id = $id AND module = $module AND bss_id = $bss;",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$module", module),
                ("$bss", bssId)).ConfigureAwait(false) > 0;
        }
    }

    private bool IsHeld(string module, string bssId)
    {
        lock (_gate)
        {
            return _held?.ContainsKey((module, bssId)) == true;
        }
    }

    private static IntegrationLink Map(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetNullableString(3), HostDatabase.Parse(r.GetString(4)), r.GetNullableString(5));
}
