using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>
/// The links of one instance, in SQLite. While a push batch runs (<see cref="HoldWrites"/>), the links the connector
/// saves or removes are held in memory, seen by its reads, and written with the batch's results in one transaction.
/// Once taken (<see cref="TakeHeldWrites"/>) they stay seen by reads until <see cref="Settle"/>, so that the next
/// batch may run while they are being written.
/// </summary>
/// <param name="database">The store.</param>
/// <param name="instanceId">The instance.</param>
internal sealed class SqliteLinkStore(HostDatabase database, long instanceId) : IIntegrationLinkStore
{
    private const string SelectLink = "SELECT module, bss_id, remote_id, payload_hash, updated_at, snapshot FROM links";

    private readonly Lock _gate = new();
    private readonly List<Dictionary<(string Module, string BssId), IntegrationLink?>> _unwritten = [];
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

    /// <summary>
    /// Stops holding writes and hands over those held: each link saved, or removed (<see langword="null"/>). Reads
    /// still see them until they are settled, written or not (<see cref="Settle"/>).
    /// </summary>
    /// <returns>The held writes, the last of each record.</returns>
    public HeldLinkWrites TakeHeldWrites()
    {
        lock (_gate)
        {
            var held = _held ?? [];
            _held = null;
            if (held.Count > 0)
            {
                _unwritten.Add(held);
            }

            return new HeldLinkWrites(
                [.. held.Values.OfType<IntegrationLink>()],
                [.. held.Where(h => h.Value is null).Select(h => h.Key)])
            {
                Layer = held,
            };
        }
    }

    /// <summary>
    /// Stops showing taken writes to reads: call it once their transaction has committed (reads find them in the
    /// store from then on), or failed (they are lost, as the store says).
    /// </summary>
    /// <param name="writes">Writes from <see cref="TakeHeldWrites"/>.</param>
    public void Settle(HeldLinkWrites writes)
    {
        ArgumentNullException.ThrowIfNull(writes);
        lock (_gate)
        {
            _unwritten.RemoveAll(layer => ReferenceEquals(layer, writes.Layer));
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

        var captured = CaptureUnwritten();
        List<IntegrationLink> rows;
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            rows = await connection.QueryAsync(
                $"{SelectLink} WHERE instance_id = $id AND module = $module AND remote_id IN (SELECT value FROM json_each($remote));",
                Map,
                cancellationToken,
                ("$id", instanceId),
                ("$module", module),
                ("$remote", JsonRows.OfStrings(remoteIds))).ConfigureAwait(false);
        }

        var pending = Pending(captured, module);
        foreach (var link in rows.Where(l => !pending.ContainsKey(l.BssId)))
        {
            found.TryAdd(link.RemoteId, link);
        }

        foreach (var link in pending.Values.OfType<IntegrationLink>().Where(l => remoteIds.Contains(l.RemoteId)))
        {
            found[link.RemoteId] = link;
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

        var captured = CaptureUnwritten();
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

        foreach (var (bssId, link) in Pending(captured, module))
        {
            if (!bssIds.Contains(bssId))
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

        var captured = CaptureUnwritten();
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

        var asked = bssIds.ToHashSet(StringComparer.Ordinal);
        foreach (var (bssId, link) in Pending(captured, module))
        {
            if (asked.Contains(bssId))
            {
                _ = link is null ? linked.Remove(bssId) : linked.Add(bssId);
            }
        }

        return linked;
    }

    /// <inheritdoc />
    public async Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default)
    {
        var captured = CaptureUnwritten();
        List<IntegrationLink> rows;
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            rows = await connection.QueryAsync(
                $"{SelectLink} WHERE instance_id = $id AND module = $module AND remote_id = $remote;",
                Map,
                cancellationToken,
                ("$id", instanceId),
                ("$module", module),
                ("$remote", remoteId)).ConfigureAwait(false);
        }

        var pending = Pending(captured, module);
        return pending.Values.OfType<IntegrationLink>().FirstOrDefault(l => l.RemoteId == remoteId)
            ?? rows.FirstOrDefault(l => !pending.ContainsKey(l.BssId));
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

    /// <summary>Captures, before a query, the writes taken but not yet settled (one may settle while the query runs).</summary>
    private Dictionary<(string Module, string BssId), IntegrationLink?>[] CaptureUnwritten()
    {
        lock (_gate)
        {
            return [.. _unwritten];
        }
    }

    /// <summary>
    /// The writes of a module not (or not known to be) in the store, for a query that began after
    /// <paramref name="captured"/> was taken: the last write of each record, a removal as <see langword="null"/>.
    /// A batch settled after the capture is still applied (the query may not have seen its commit), one taken after
    /// it too, then the writes held now.
    /// </summary>
    private Dictionary<string, IntegrationLink?> Pending(Dictionary<(string Module, string BssId), IntegrationLink?>[] captured, string module)
    {
        var pending = new Dictionary<string, IntegrationLink?>(StringComparer.Ordinal);
        lock (_gate)
        {
            List<Dictionary<(string Module, string BssId), IntegrationLink?>> layers = [.. captured, .. _unwritten.Where(layer => !captured.Contains(layer))];
            if (_held is not null)
            {
                layers.Add(_held);
            }

            foreach (var layer in layers)
            {
                foreach (var ((heldModule, bssId), link) in layer)
                {
                    if (heldModule == module)
                    {
                        pending[bssId] = link;
                    }
                }
            }
        }

        return pending;
    }

    private static IntegrationLink Map(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetNullableString(3), HostDatabase.Parse(r.GetString(4)), r.GetNullableString(5));
}
