namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>The synchronization options of instances: operations switched on or off. Unset means on.</summary>
/// <param name="database">The store.</param>
internal sealed class SyncOptionStore(HostDatabase database)
{
    /// <summary>Switches an operation of a module on or off.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="module">The module.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="enabled">Whether it is on.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the option is stored.</returns>
    public async Task SetAsync(long instanceId, string module, SyncOperation operation, bool enabled, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "INSERT INTO sync_options (instance_id, module, operation, enabled) VALUES ($id, $module, $op, $on) ON CONFLICT (instance_id, module, operation) DO UPDATE SET enabled = excluded.enabled;",
                cancellationToken,
                null,
                ("$id", instanceId),
                ("$module", module),
                ("$op", operation.ToString()),
                ("$on", enabled ? 1 : 0)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the operations switched off.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The module and operation pairs that are off.</returns>
    public async Task<IReadOnlySet<(string Module, SyncOperation Operation)>> GetDisabledAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT module, operation FROM sync_options WHERE instance_id = $id AND enabled = 0;",
                r => (r.GetString(0), Enum.Parse<SyncOperation>(r.GetString(1))),
                cancellationToken,
                ("$id", instanceId)).ConfigureAwait(false);
            return rows.ToHashSet();
        }
    }

    /// <summary>Builds the options handed to the connector: every operation of the manifest, less those switched off.</summary>
    /// <param name="manifest">The connector's manifest.</param>
    /// <param name="disabled">The operations switched off.</param>
    /// <returns>The options.</returns>
    public static SyncOptions ToSyncOptions(ConnectorManifest manifest, IReadOnlySet<(string Module, SyncOperation Operation)> disabled) =>
        disabled.Count == 0
            ? SyncOptions.AllEnabled
            : new SyncOptions(manifest.Modules
                .SelectMany(m => m.Operations.Select(o => (m.Name, o)))
                .Where(p => !disabled.Contains(p)));
}
