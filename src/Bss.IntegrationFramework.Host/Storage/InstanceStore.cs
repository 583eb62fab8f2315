using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>Instances and their server variables.</summary>
/// <param name="database">The store.</param>
/// <param name="protector">Encrypts secret values at rest, when the host was given a protection key.</param>
internal sealed class InstanceStore(HostDatabase database, SecretProtector? protector = null)
{
    private const string SelectInstance = "SELECT id, name, connector, created_at FROM instances";

    /// <summary>Creates an instance.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="connector">The connector key.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="HostException">An instance of that name exists.</exception>
    public async Task<InstanceInfo> CreateAsync(string name, string connector, CancellationToken cancellationToken)
    {
        ValidateName(name);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await connection.ExecuteAsync(
                    "INSERT INTO instances (name, connector, created_at) VALUES ($name, $connector, $now);",
                    cancellationToken,
                    null,
                    ("$name", name),
                    ("$connector", connector),
                    ("$now", database.Now())).ConfigureAwait(false);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == 19)
            {
                throw new HostException($"Instance '{name}' already exists.", ex);
            }
        }

        return await GetAsync(name, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Finds an instance by name (case-insensitive).</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The instance, or <see langword="null"/>.</returns>
    public async Task<InstanceInfo?> FindAsync(string name, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(SelectInstance + " WHERE name = $name;", Map, cancellationToken, ("$name", name)).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0];
        }
    }

    /// <summary>Gets an instance by name.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The instance.</returns>
    /// <exception cref="HostException">There is none.</exception>
    public async Task<InstanceInfo> GetAsync(string name, CancellationToken cancellationToken) =>
        await FindAsync(name, cancellationToken).ConfigureAwait(false)
        ?? throw new HostException($"Instance '{name}' does not exist; create it with 'instance activate {name}'.");

    /// <summary>Lists every instance by name.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The instances.</returns>
    public async Task<IReadOnlyList<InstanceInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(SelectInstance + " ORDER BY name;", Map, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sets server variables; a <see langword="null"/> or empty value removes the variable.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="values">The values by name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the values are stored.</returns>
    public async Task SetVariablesAsync(long instanceId, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var (name, value) in values)
                {
                    var sql = string.IsNullOrEmpty(value)
                        ? "DELETE FROM server_variables WHERE instance_id = $id AND name = $name;"
                        : "INSERT INTO server_variables (instance_id, name, value) VALUES ($id, $name, $value) ON CONFLICT (instance_id, name) DO UPDATE SET value = excluded.value;";
                    await connection.ExecuteAsync(sql, cancellationToken, transaction, ("$id", instanceId), ("$name", name), ("$value", value)).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Gets a value indicating whether secret values are encrypted at rest (the host has a protection key).</summary>
    public bool ProtectsSecrets => protector is not null;

    /// <summary>Gets the value to store for a secret variable: encrypted when the host has a protection key.</summary>
    /// <param name="name">The variable's name.</param>
    /// <param name="value">The plain value; empty values and environment references are stored as they are.</param>
    /// <returns>The value to hand <see cref="SetVariablesAsync"/>.</returns>
    public string? ProtectSecret(string name, string? value) =>
        protector is null || string.IsNullOrEmpty(value) || Instances.ServerVariableValues.IsEnvironmentReference(value)
            ? value
            : protector.Protect(name, value);

    /// <summary>Gets the stored server variables, secrets decrypted, environment references unresolved.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The values by name.</returns>
    /// <exception cref="HostException">An encrypted value cannot be decrypted with the host's key, or there is no key.</exception>
    public async Task<IReadOnlyDictionary<string, string?>> GetVariablesAsync(long instanceId, CancellationToken cancellationToken)
    {
        var stored = await GetStoredVariablesAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return stored.ToDictionary(
            v => v.Key,
            v => SecretProtector.IsProtected(v.Value) ? (protector ?? throw SecretProtector.KeyMissing(v.Key)).Unprotect(v.Key, v.Value!) : v.Value,
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets the server variables exactly as stored: encrypted values stay encrypted.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The values by name.</returns>
    public async Task<IReadOnlyDictionary<string, string?>> GetStoredVariablesAsync(long instanceId, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT name, value FROM server_variables WHERE instance_id = $id ORDER BY name;",
                r => (Name: r.GetString(0), Value: r.GetNullableString(1)),
                cancellationToken,
                ("$id", instanceId)).ConfigureAwait(false);
            return rows.ToDictionary(r => r.Name, r => r.Value, StringComparer.OrdinalIgnoreCase);
        }
    }

    private static void ValidateName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            throw new HostException($"Instance name '{name}' is not valid: use 1 to 64 letters, digits, '-', '_' or '.'.");
        }
    }

    private static InstanceInfo Map(SqliteDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), HostDatabase.Parse(reader.GetString(3)));
}
