using System.Text.Json;
using Bss.IntegrationFramework.Host.Storage;
using Microsoft.Data.Sqlite;

namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>The BSS's records, kept as JSON in the host store; read by the host and by connectors.</summary>
/// <param name="database">The store.</param>
internal sealed class BssRecordStore(HostDatabase database) : IBssRecordSource
{
    /// <inheritdoc />
    public async Task<TRecord?> FindAsync<TRecord>(string id, CancellationToken cancellationToken = default)
        where TRecord : BssRecord
    {
        var entity = BssEntity.ForType(typeof(TRecord));
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var json = (string?)await connection.ScalarAsync(
                "SELECT json FROM bss_records WHERE entity = $entity AND id = $id;",
                cancellationToken,
                ("$entity", entity.Name),
                ("$id", id)).ConfigureAwait(false);
            return json is null ? null : JsonSerializer.Deserialize<TRecord>(json, BssJson.Options);
        }
    }

    /// <summary>Lists every record of an entity in the order they were first stored.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The records.</returns>
    public async Task<IReadOnlyList<TRecord>> ListAsync<TRecord>(CancellationToken cancellationToken = default)
        where TRecord : BssRecord
    {
        var rows = await ListJsonAsync(BssEntity.ForType(typeof(TRecord)), cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(json => JsonSerializer.Deserialize<TRecord>(json, BssJson.Options)!)];
    }

    /// <summary>Lists every record of an entity as stored JSON, in the order they were first stored.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The JSON texts.</returns>
    public async Task<IReadOnlyList<string>> ListJsonAsync(BssEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                "SELECT json FROM bss_records WHERE entity = $entity ORDER BY rowid;",
                r => r.GetString(0),
                cancellationToken,
                ("$entity", entity.Name)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the ids of every stored record, by entity name.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The ids by entity name.</returns>
    public async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ListIdsAsync(CancellationToken cancellationToken = default)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT entity, id FROM bss_records;",
                r => (Entity: r.GetString(0), Id: r.GetString(1)),
                cancellationToken).ConfigureAwait(false);
            return rows
                .GroupBy(r => r.Entity, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        }
    }

    /// <summary>Counts the records of every entity.</summary>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The counts by entity name.</returns>
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(CancellationToken cancellationToken = default)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT entity, count(*) FROM bss_records GROUP BY entity;",
                r => (Entity: r.GetString(0), Count: r.GetInt32(1)),
                cancellationToken).ConfigureAwait(false);
            return rows.ToDictionary(r => r.Entity, r => r.Count, StringComparer.Ordinal);
        }
    }

    /// <summary>Stores records in one transaction: all of them, or none.</summary>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of records new or changed.</returns>
    public async Task<int> UpsertAsync(IEnumerable<BssRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        var changed = 0;
        var now = database.Now();
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                foreach (var record in records)
                {
                    var entity = BssEntity.ForType(record.GetType());
                    changed += await connection.ExecuteAsync(
                        "INSERT INTO bss_records (entity, id, json, updated_at) VALUES ($entity, $id, $json, $at) " +
                        "ON CONFLICT (entity, id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at WHERE json <> excluded.json;",
                        cancellationToken,
                        transaction,
                        ("$entity", entity.Name),
                        ("$id", record.Id),
                        ("$json", JsonSerializer.Serialize(record, record.GetType(), BssJson.Options)),
                        ("$at", now)).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        return changed;
    }
}
