namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>The lookup tables of instances: BSS value to remote id, per lookup.</summary>
/// <param name="database">The store.</param>
internal sealed class LookupStore(HostDatabase database)
{
    /// <summary>Maps a BSS value to a remote id.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="lookup">The lookup name.</param>
    /// <param name="bssValue">The BSS value.</param>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the mapping is stored.</returns>
    public async Task SetAsync(long instanceId, string lookup, string bssValue, string remoteId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "INSERT INTO lookups (instance_id, lookup, bss_value, remote_id) VALUES ($id, $lookup, $value, $remote) ON CONFLICT (instance_id, lookup, bss_value) DO UPDATE SET remote_id = excluded.remote_id;",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$lookup", lookup),
                ("$value", bssValue),
                ("$remote", remoteId)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets every lookup table of an instance.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>Lookup name, then BSS value, then remote id.</returns>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>> GetAllAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT lookup, bss_value, remote_id FROM lookups WHERE instance_id = $id ORDER BY lookup, bss_value;",
                r => (Lookup: r.GetString(0), Value: r.GetString(1), Remote: r.GetString(2)),
                cancellationToken,
                ("$id", instanceId)).ConfigureAwait(false);
            return rows
                .GroupBy(r => r.Lookup, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => (IReadOnlyDictionary<string, string>)g.ToDictionary(r => r.Value, r => r.Remote, StringComparer.Ordinal),
                    StringComparer.Ordinal);
        }
    }
}
