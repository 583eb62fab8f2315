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
    /// <remarks>
    /// Each row is parsed as it is read, from SQLite's UTF-8 text (a push reads every record of its module: 20,000
    /// on an unchanged re-push), not first held as a .NET string of every row and converted back to UTF-8 to parse.
    /// </remarks>
    public async Task<IReadOnlyList<TRecord>> ListAsync<TRecord>(CancellationToken cancellationToken = default)
        where TRecord : BssRecord
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.QueryAsync(
                "SELECT json FROM bss_records WHERE entity = $entity ORDER BY rowid;",
                r => JsonSerializer.Deserialize<TRecord>(r.GetFieldValue<byte[]>(0), BssJson.Options)!,
                cancellationToken,
                ("$entity", BssEntity.ForType(typeof(TRecord)).Name)).ConfigureAwait(false);
        }
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

    /// <summary>
    /// Gets the distinct non-empty values of a field of an entity's records, sorted, from the counts the store keeps
    /// current as records are written (<see cref="KeptFieldValues"/>): one query over the distinct values, whatever the
    /// number of records. The first call for a field reads every record once, in the transaction that starts keeping it.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="field">The camelCase field name; nested fields with dots (<c>billingAddress.country</c>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The values, in ordinal order.</returns>
    public async Task<IReadOnlyList<string>> GetFieldValuesAsync(BssEntity entity, string field, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentException.ThrowIfNullOrEmpty(field);
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var values = await connection.QueryAsync(
                "SELECT c.value FROM kept_fields k LEFT JOIN field_value_counts c ON c.entity = k.entity AND c.field = k.field " +
                "WHERE k.entity = $entity AND k.field = $field;",
                r => r.GetNullableString(0),
                cancellationToken,
                ("$entity", entity.Name),
                ("$field", field)).ConfigureAwait(false);
            if (values.Count > 0)
            {
                return Sorted(values.OfType<string>());
            }
        }

        return await KeepFieldAsync(entity, field, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts keeping the distinct values of fields of an entity that has no record yet, so that the writes of the run
    /// about to fill it keep their counts (a few statements a page) and the check after it reads no record; the first
    /// pull of 100,000 companies otherwise read them all back once. An entity that has records is left as it is: its
    /// fields are kept when first asked for (<see cref="GetFieldValuesAsync"/>), as before.
    /// </summary>
    /// <param name="entity">The entity.</param>
    /// <param name="fields">The camelCase field names; nested fields with dots.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the fields are kept, or the entity is found to have records.</returns>
    public async Task KeepFieldsWhileEmptyAsync(BssEntity entity, IReadOnlyCollection<string> fields, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count == 0 || await HasRecordsAsync(entity, cancellationToken).ConfigureAwait(false))
        {
            // The usual case after the first run: one read, and no write transaction.
            return;
        }

        var transaction = await StoreTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            // One statement: the fields are kept only while no record of the entity exists, inside the transaction
            // that holds the write lock, so no record can slip in uncounted.
            await transaction.ExecuteAsync(
                "INSERT INTO kept_fields (entity, field) SELECT $entity, value FROM json_each($fields) " +
                "WHERE NOT EXISTS (SELECT 1 FROM bss_records WHERE entity = $entity) ON CONFLICT DO NOTHING;",
                cancellationToken,
                ("$entity", entity.Name),
                ("$fields", JsonRows.OfStrings(fields.Distinct(StringComparer.Ordinal)))).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> HasRecordsAsync(BssEntity entity, CancellationToken cancellationToken)
    {
        var connection = await database.ConnectAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var found = await connection.QueryAsync(
                "SELECT 1 FROM bss_records WHERE entity = $entity LIMIT 1;",
                r => r.GetInt32(0),
                cancellationToken,
                ("$entity", entity.Name)).ConfigureAwait(false);
            return found.Count > 0;
        }
    }

    /// <summary>
    /// Starts keeping a field's distinct values: reads every record of the entity a row at a time (a pull of 100,000
    /// companies must not hold 100,000 JSON texts at once) and stores the count of each value, in one transaction,
    /// so that no write slips between the read and the counts.
    /// </summary>
    private async Task<IReadOnlyList<string>> KeepFieldAsync(BssEntity entity, string field, CancellationToken cancellationToken)
    {
        var transaction = await StoreTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var command = transaction.Connection.Command("SELECT json FROM bss_records WHERE entity = $entity;", transaction.Transaction, ("$entity", entity.Name));
            await using (command.ConfigureAwait(false))
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        using var document = JsonDocument.Parse(reader.GetString(0));
                        if (KeptFieldValues.ValueOf(document.RootElement, field) is { } value)
                        {
                            counts[value] = counts.GetValueOrDefault(value) + 1;
                        }
                    }
                }
            }

            // Another process may have started keeping it meanwhile: its counts are replaced by the same ones.
            await transaction.ExecuteAsync("DELETE FROM field_value_counts WHERE entity = $entity AND field = $field;", cancellationToken, ("$entity", entity.Name), ("$field", field)).ConfigureAwait(false);
            await transaction.ExecuteAsync(
                "INSERT INTO field_value_counts (entity, field, value, records) SELECT $entity, $field, value ->> 0, value ->> 1 FROM json_each($counts);",
                cancellationToken,
                ("$entity", entity.Name),
                ("$field", field),
                ("$counts", JsonRows.Of(counts, c => [c.Key, c.Value]))).ConfigureAwait(false);
            await transaction.ExecuteAsync(
                "INSERT INTO kept_fields (entity, field) VALUES ($entity, $field) ON CONFLICT DO NOTHING;",
                cancellationToken,
                ("$entity", entity.Name),
                ("$field", field)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return Sorted(counts.Keys);
        }
    }

    private static string[] Sorted(IEnumerable<string> values)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
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

        // The distinct values kept for the unmapped-lookups check are counted before the rows replace the old ones.
        var rowsJson = JsonRows.Of(rows, r => r);
        await KeptFieldValues.CountWriteAsync(transaction, rows, rowsJson, cancellationToken).ConfigureAwait(false);

        // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join of the SELECT.
        var changed = await transaction.ExecuteAsync(
            "INSERT INTO bss_records (entity, id, json, updated_at, match_key) " +
            "SELECT value ->> 0, value ->> 1, value ->> 2, $at, value ->> 3 FROM json_each($rows) WHERE true " +
            "ON CONFLICT (entity, id) DO UPDATE SET json = excluded.json, updated_at = excluded.updated_at, match_key = excluded.match_key WHERE json <> excluded.json;",
            cancellationToken,
            ("$rows", rowsJson),
            ("$at", database.Now())).ConfigureAwait(false);
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
