using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>The links of one instance, in SQLite.</summary>
/// <param name="database">The store.</param>
/// <param name="instanceId">The instance.</param>
internal sealed class SqliteLinkStore(HostDatabase database, long instanceId) : IIntegrationLinkStore
{
    private const string SelectLink = "SELECT module, bss_id, remote_id, payload_hash, updated_at, snapshot FROM links";

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
            // SQLite caps bound parameters; read in chunks.
            foreach (var chunk in bssIds.Distinct(StringComparer.Ordinal).Chunk(500))
            {
                var names = chunk.Select((_, i) => "$b" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                var parameters = new List<(string, object?)> { ("$id", instanceId), ("$module", module) };
                parameters.AddRange(chunk.Select((id, i) => (names[i], (object?)id)));
                var rows = await connection.QueryAsync(
                    $"{SelectLink} WHERE instance_id = $id AND module = $module AND bss_id IN ({string.Join(", ", names)});",
                    Map,
                    cancellationToken,
                    [.. parameters]).ConfigureAwait(false);
                foreach (var link in rows)
                {
                    found[link.BssId] = link;
                }
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<IntegrationLink?> FindByRemoteIdAsync(string module, string remoteId, CancellationToken cancellationToken = default)
    {
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
            return rows.Count == 0 ? null : rows[0];
        }
    }

    /// <inheritdoc />
    public async Task SaveAsync(IntegrationLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
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

    private static IntegrationLink Map(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetNullableString(3), HostDatabase.Parse(r.GetString(4)), r.GetNullableString(5));
}
