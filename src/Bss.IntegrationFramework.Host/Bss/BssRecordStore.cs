using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <inheritdoc />
    public async Task<DateTimeOffset?> FindChangedAtAsync<TRecord>(string id, CancellationToken cancellationToken = default)
        where TRecord : BssRecord
    {
        var entity = BssEntity.ForType(typeof(TRecord));
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // updated_at moves only when the record's JSON changes (UpsertAsync), so it is when the BSS last changed it.
            var at = (string?)await connection.ScalarAsync(
                "SELECT updated_at FROM bss_records WHERE entity = $entity AND id = $id;",
                cancellationToken,
                ("$entity", entity.Name),
                ("$id", id)).ConfigureAwait(false);
            return at is null ? null : HostDatabase.Parse(at);
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

    /// <summary>
    /// Reads every record of an entity as stored JSON, in the order they were first stored, one row at a time: a caller
    /// that keeps only what it derives from each (the distinct values of a field) holds one record, not the whole
    /// entity, so its memory does not grow with the store.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The JSON texts, as they are read.</returns>
    public async IAsyncEnumerable<string> ReadJsonAsync(BssEntity entity, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var command = connection.Command("SELECT json FROM bss_records WHERE entity = $entity ORDER BY rowid;", null, ("$entity", entity.Name));
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        yield return reader.GetString(0);
                    }
                }
            }
        }
    }

    /// <summary>Gets an entity's revision: a number that grows whenever one of its records is written or removed.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The revision; 0 before any record of the entity was stored.</returns>
    public async Task<long> GetRevisionAsync(BssEntity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var revision = await connection.ScalarAsync("SELECT revision FROM entity_revisions WHERE entity = $entity;", cancellationToken, ("$entity", entity.Name)).ConfigureAwait(false);
            return revision is null or DBNull ? 0 : Convert.ToInt64(revision, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Gets the distinct values of a field kept for an entity's revision, if they were kept for that one.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="field">The field.</param>
    /// <param name="revision">The entity's revision.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The values, or <see langword="null"/> when none are kept for that revision.</returns>
    public async Task<IReadOnlyList<string>?> GetFieldValuesAsync(BssEntity entity, string field, long revision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var json = await connection.ScalarAsync(
                "SELECT field_values FROM field_values WHERE entity = $entity AND field = $field AND revision = $revision;",
                cancellationToken,
                ("$entity", entity.Name),
                ("$field", field),
                ("$revision", revision)).ConfigureAwait(false);
            return json is string text ? JsonSerializer.Deserialize<List<string>>(text) : null;
        }
    }

    /// <summary>Keeps the distinct values of a field for an entity's revision.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="field">The field.</param>
    /// <param name="revision">The revision they were read at.</param>
    /// <param name="values">The values.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when they are kept.</returns>
    public async Task SaveFieldValuesAsync(BssEntity entity, string field, long revision, IReadOnlyList<string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(
                "INSERT INTO field_values (entity, field, revision, field_values) VALUES ($entity, $field, $revision, $values) " +
                "ON CONFLICT (entity, field) DO UPDATE SET revision = excluded.revision, field_values = excluded.field_values;",
                cancellationToken,
                null,
                ("$entity", entity.Name),
                ("$field", field),
                ("$revision", revision),
                ("$values", JsonSerializer.Serialize(values))).ConfigureAwait(false);
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
        var transaction = await StoreTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var changed = await UpsertAsync(transaction, records, cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return changed;
        }
    }

    /// <summary>Stores records in a transaction of the caller's, in one statement whatever their number.</summary>
    /// <param name="transaction">The transaction.</param>
    /// <param name="records">The records.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The number of records new or changed.</returns>
    public async Task<int> UpsertAsync(StoreTransaction transaction, IEnumerable<BssRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(records);
        var rows = records
            .Select(r => new object?[] { BssEntity.ForType(r.GetType()).Name, r.Id, JsonSerializer.Serialize(r, r.GetType(), BssJson.Options), BssMatchKey.Of(r) ?? BssMatchKey.None })
            .ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join of the SELECT.
        var changed = await transaction.ExecuteAsync(
            "INSERT INTO bss_records (entity, id, json, updated_at, match_key) " +
            "SELECT value ->> 0, value ->> 1, value ->> 2, $at, value ->> 3 FROM json_each($rows) WHERE true " +
            "ON CONFLICT (entity, id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at, match_key = excluded.match_key WHERE json <> excluded.json;",
            cancellationToken,
            ("$rows", JsonRows.Of(rows, r => r)),
            ("$at", database.Now())).ConfigureAwait(false);
        if (changed > 0)
        {
            // The entities' revisions tell the kept field values (BssFieldValues) stale. One statement per write, not a
            // trigger per row: a page of a thousand records costs the same few statements as a page of ten. This is the
            // only statement that writes a record's JSON (records are never deleted), so nothing else need bump them.
            await transaction.ExecuteAsync(
                "INSERT INTO entity_revisions (entity, revision) SELECT value, 1 FROM json_each($entities) WHERE true " +
                "ON CONFLICT (entity) DO UPDATE SET revision = revision + 1;",
                cancellationToken,
                ("$entities", JsonRows.OfStrings(rows.Select(r => (string)r[0]!).Distinct(StringComparer.Ordinal)))).ConfigureAwait(false);
        }

        return changed;
    }

    /// <summary>
    /// Finds the records of an entity with one of the given match keys that an instance has not linked in a module,
    /// with one indexed query (the keys of rows stored before keys were kept are filled in first, once).
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="instanceId">The instance.</param>
    /// <param name="module">The module whose links count.</param>
    /// <param name="keys">The keys (<see cref="BssMatchKey"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The BSS id and key of each unlinked record found.</returns>
    public async Task<IReadOnlyList<(string Id, string Key)>> FindUnlinkedAsync(BssEntity entity, long instanceId, string module, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return [];
        }

        await FillMatchKeysAsync(entity, cancellationToken).ConfigureAwait(false);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                "SELECT r.id, r.match_key FROM bss_records r WHERE r.entity = $entity AND r.match_key IN (SELECT value FROM json_each($keys)) " +
                "AND NOT EXISTS (SELECT 1 FROM links l WHERE l.instance_id = $instance AND l.module = $module AND l.bss_id = r.id);",
                r => (r.GetString(0), r.GetString(1)),
                cancellationToken,
                ("$entity", entity.Name),
                ("$keys", JsonRows.OfStrings(keys)),
                ("$instance", instanceId),
                ("$module", module)).ConfigureAwait(false);
        }
    }

    /// <summary>Gets the display names of some records of an entity, in one query.</summary>
    /// <param name="entity">The entity.</param>
    /// <param name="ids">The BSS ids.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The names found, by BSS id.</returns>
    public async Task<IReadOnlyDictionary<string, string>> GetNamesAsync(BssEntity entity, IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(ids);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return names;
        }

        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                "SELECT json FROM bss_records WHERE entity = $entity AND id IN (SELECT value FROM json_each($ids));",
                r => r.GetString(0),
                cancellationToken,
                ("$entity", entity.Name),
                ("$ids", JsonRows.OfStrings(ids))).ConfigureAwait(false);
            foreach (var json in rows)
            {
                if (JsonSerializer.Deserialize(json, entity.RecordType, BssJson.Options) is BssRecord record && BssRecordNames.Describe(record) is { Length: > 0 } name)
                {
                    names[record.Id] = name;
                }
            }
        }

        return names;
    }

    private async Task FillMatchKeysAsync(BssEntity entity, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var unkeyed = await connection.QueryAsync(
                "SELECT id, json FROM bss_records WHERE entity = $entity AND match_key IS NULL;",
                r => (Id: r.GetString(0), Json: r.GetString(1)),
                cancellationToken,
                ("$entity", entity.Name)).ConfigureAwait(false);
            if (unkeyed.Count == 0)
            {
                return;
            }

            var keys = unkeyed.Select(r => new object?[]
            {
                r.Id,
                JsonSerializer.Deserialize(r.Json, entity.RecordType, BssJson.Options) is BssRecord record ? BssMatchKey.Of(record) ?? BssMatchKey.None : BssMatchKey.None,
            });
            await connection.ExecuteAsync(
                "UPDATE bss_records SET match_key = k.value ->> 1 FROM json_each($keys) AS k WHERE bss_records.entity = $entity AND bss_records.id = k.value ->> 0;",
                cancellationToken,
                null,
                ("$entity", entity.Name),
                ("$keys", JsonRows.Of(keys, k => k))).ConfigureAwait(false);
        }
    }
}
