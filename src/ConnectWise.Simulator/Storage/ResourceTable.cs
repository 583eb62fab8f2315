using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Storage;

/// <summary>
/// The rows of one resource, by id, and the index of their natural key. Rows are never changed in place once stored
/// (a write stores a new object), so a reader may keep the references it got under the store's lock, and the index,
/// kept up to date by every write here, stays true to the rows.
/// </summary>
/// <param name="naturalKey">The path of the resource's natural key, or <see langword="null"/> when it has none.</param>
internal sealed class ResourceTable(string? naturalKey)
{
    private readonly SortedDictionary<int, JsonObject> _rows = [];
    private readonly NaturalKeyIndex? _keys = naturalKey is null ? null : new NaturalKeyIndex(naturalKey);

    // The rows whose defaultFlag is true, so filling an omitted reference with the target's default row (every POST,
    // for each reference it leaves out) costs a lookup, not a copy and read of every row of the target table.
    private readonly SortedSet<int> _defaultIds = [];

    public IReadOnlyDictionary<int, JsonObject> Rows => _rows;

    public int NextId { get; set; } = 1;

    /// <summary>Stores a row under its id, replacing the one there.</summary>
    public void Set(int id, JsonObject row)
    {
        if (_rows.TryGetValue(id, out var previous))
        {
            _keys?.Remove(id, previous);
        }

        _rows[id] = row;
        _keys?.Add(id, row);
        if (IsDefault(row))
        {
            _defaultIds.Add(id);
        }
        else
        {
            _defaultIds.Remove(id);
        }
    }

    /// <summary>Deletes a row.</summary>
    public bool Remove(int id)
    {
        if (!_rows.Remove(id, out var previous))
        {
            return false;
        }

        _keys?.Remove(id, previous);
        _defaultIds.Remove(id);
        return true;
    }

    /// <summary>Deletes every row.</summary>
    public void Clear()
    {
        _rows.Clear();
        _keys?.Clear();
        _defaultIds.Clear();
    }

    /// <summary>The row of lowest id whose <c>defaultFlag</c> is true, or null.</summary>
    public JsonObject? FirstDefault() => _defaultIds.Count == 0 ? null : _rows[_defaultIds.Min];

    /// <summary>
    /// The row of lowest id whose top-level <paramref name="field"/> is the text <paramref name="value"/>, ignoring
    /// case, or null. Answered from the natural-key index when the field is the resource's key, else by reading rows.
    /// </summary>
    public JsonObject? FirstWithText(string field, string value)
    {
        if (_keys is not null && string.Equals(field, _keys.Path, StringComparison.Ordinal))
        {
            return _keys.Ids(value).Order().Select(id => _rows[id]).FirstOrDefault(row => HasText(row, field, value));
        }

        return _rows.Values.FirstOrDefault(row => HasText(row, field, value));
    }

    /// <summary>
    /// Whether a row other than <paramref name="exceptId"/> has the record's value at the key path, compared as text
    /// ignoring case. The resource's own natural key is answered from the index; another path by reading every row.
    /// </summary>
    public bool Collides(JsonObject record, string? keyPath, int? exceptId)
    {
        if (keyPath is null || JsonPaths.Get(record, keyPath)?.ToString() is not { } key)
        {
            return false;
        }

        if (_keys is not null && string.Equals(keyPath, _keys.Path, StringComparison.Ordinal))
        {
            return _keys.HasOther(key, exceptId);
        }

        return _rows.Any(row =>
            row.Key != exceptId
            && string.Equals(JsonPaths.Get(row.Value, keyPath)?.ToString(), key, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsDefault(JsonObject row) =>
        row["defaultFlag"] is JsonValue flag && flag.GetValueKind() == System.Text.Json.JsonValueKind.True;

    private static bool HasText(JsonObject row, string field, string value) =>
        row[field] is JsonValue text && text.GetValueKind() == System.Text.Json.JsonValueKind.String
        && string.Equals(text.GetValue<string>(), value, StringComparison.OrdinalIgnoreCase);
}
