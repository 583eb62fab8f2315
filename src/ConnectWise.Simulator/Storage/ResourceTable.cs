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
    }

    /// <summary>Deletes a row.</summary>
    public bool Remove(int id)
    {
        if (!_rows.Remove(id, out var previous))
        {
            return false;
        }

        _keys?.Remove(id, previous);
        return true;
    }

    /// <summary>Deletes every row.</summary>
    public void Clear()
    {
        _rows.Clear();
        _keys?.Clear();
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
}
