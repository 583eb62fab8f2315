using System.Text.Json;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>
/// The distinct values of the fields a lookup maps, kept current in the store as records are written: for each kept
/// field (<c>kept_fields</c>, a field whose values were asked for once) the number of records with each value
/// (<c>field_value_counts</c>), changed in the transaction that writes the records. So the unmapped-lookups check
/// reads only the distinct values, however many records the store holds or a run changed.
/// </summary>
internal static class KeptFieldValues
{
    /// <summary>
    /// Counts what a write of records changes in the kept fields of their entities: for each record new or changed
    /// by it, its old values out and its new values in. Runs before the write's own statement, in its transaction.
    /// One statement when no field of the entities is kept yet (none is on a store filled by its first pull), four at
    /// most; never one per record.
    /// </summary>
    /// <param name="transaction">The write's transaction.</param>
    /// <param name="rows">The rows to be written: entity, id, JSON, ….</param>
    /// <param name="rowsJson">The same rows as the JSON parameter the write binds (<see cref="JsonRows"/>).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the counts are current.</returns>
    public static async Task CountWriteAsync(StoreTransaction transaction, IReadOnlyList<object?[]> rows, string rowsJson, CancellationToken cancellationToken)
    {
        var entities = rows.Select(r => (string)r[0]!).Distinct(StringComparer.Ordinal).ToList();
        var kept = await transaction.QueryAsync(
            "SELECT entity, field FROM kept_fields WHERE entity IN (SELECT value FROM json_each($entities));",
            r => (Entity: r.GetString(0), Field: r.GetString(1)),
            cancellationToken,
            ("$entities", JsonRows.OfStrings(entities))).ConfigureAwait(false);
        if (kept.Count == 0)
        {
            return;
        }

        var fields = kept.GroupBy(k => k.Entity, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(k => k.Field).ToArray(), StringComparer.Ordinal);

        // A record written twice in one call ends as its last row: only that row counts, against the stored text.
        var last = new Dictionary<(string Entity, string Id), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            last[((string)rows[i][0]!, (string)rows[i][1]!)] = i;
        }

        var written = await transaction.QueryAsync(
            "SELECT v.key, r.json FROM json_each($rows) v LEFT JOIN bss_records r ON r.entity = v.value ->> 0 AND r.id = v.value ->> 1 " +
            "WHERE r.json IS NULL OR r.json <> v.value ->> 2;",
            r => (Index: r.GetInt32(0), Old: r.GetNullableString(1)),
            cancellationToken,
            ("$rows", rowsJson)).ConfigureAwait(false);
        var deltas = new Dictionary<(string Entity, string Field, string Value), int>();
        foreach (var (index, old) in written)
        {
            var entity = (string)rows[index][0]!;
            if (last[(entity, (string)rows[index][1]!)] != index || !fields.TryGetValue(entity, out var names))
            {
                continue;
            }

            if (old is not null)
            {
                Count(deltas, entity, names, old, -1);
            }

            Count(deltas, entity, names, (string)rows[index][2]!, +1);
        }

        var changes = deltas.Where(d => d.Value != 0).ToList();
        if (changes.Count == 0)
        {
            return;
        }

        await transaction.ExecuteAsync(
            "INSERT INTO field_value_counts (entity, field, value, records) SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each($changes) WHERE true " +
            "ON CONFLICT (entity, field, value) DO UPDATE SET records = records + excluded.records;",
            cancellationToken,
            ("$changes", JsonRows.Of(changes, c => [c.Key.Entity, c.Key.Field, c.Key.Value, c.Value]))).ConfigureAwait(false);
        if (changes.Any(c => c.Value < 0))
        {
            await transaction.ExecuteAsync(
                "DELETE FROM field_value_counts WHERE records <= 0 AND entity IN (SELECT value FROM json_each($entities));",
                cancellationToken,
                ("$entities", JsonRows.OfStrings(changes.Select(c => c.Key.Entity).Distinct(StringComparer.Ordinal)))).ConfigureAwait(false);
        }
    }

    /// <summary>Gets a field's non-empty text value in a record's JSON, or <see langword="null"/>.</summary>
    /// <param name="root">The record.</param>
    /// <param name="field">The camelCase field name; nested fields with dots (<c>billingAddress.country</c>), matched ignoring case.</param>
    /// <returns>The value.</returns>
    public static string? ValueOf(JsonElement root, string field)
    {
        var element = root;
        foreach (var part in field.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var match = element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, part, StringComparison.OrdinalIgnoreCase));
            if (match.Value.ValueKind == JsonValueKind.Undefined)
            {
                return null;
            }

            element = match.Value;
        }

        return element.ValueKind == JsonValueKind.String && element.GetString() is { Length: > 0 } text ? text : null;
    }

    private static void Count(Dictionary<(string Entity, string Field, string Value), int> deltas, string entity, string[] fields, string json, int by)
    {
        using var document = JsonDocument.Parse(json);
        foreach (var field in fields)
        {
            if (ValueOf(document.RootElement, field) is { } value)
            {
                var key = (entity, field, value);
                deltas[key] = deltas.GetValueOrDefault(key) + by;
            }
        }
    }
}
