using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Storage;

/// <summary>
/// The ids of a table's rows by the text of their natural key, ignoring case, so a write's duplicate check costs one
/// lookup instead of a read of every stored row. Rows whose key is absent are not indexed (they collide with nothing).
/// </summary>
/// <param name="path">The natural key's path, e.g. "identifier".</param>
internal sealed class NaturalKeyIndex(string path)
{
    private readonly Dictionary<string, HashSet<int>> _idsByKey = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets the natural key's path.</summary>
    public string Path { get; } = path;

    /// <summary>Indexes a stored row.</summary>
    public void Add(int id, JsonObject row)
    {
        if (KeyOf(row) is not { } key)
        {
            return;
        }

        if (!_idsByKey.TryGetValue(key, out var ids))
        {
            ids = [];
            _idsByKey[key] = ids;
        }

        ids.Add(id);
    }

    /// <summary>Forgets a row that is replaced or deleted.</summary>
    public void Remove(int id, JsonObject row)
    {
        if (KeyOf(row) is { } key && _idsByKey.TryGetValue(key, out var ids) && ids.Remove(id) && ids.Count == 0)
        {
            _idsByKey.Remove(key);
        }
    }

    /// <summary>Forgets every row.</summary>
    public void Clear() => _idsByKey.Clear();

    /// <summary>Whether a row other than <paramref name="exceptId"/> has the key.</summary>
    public bool HasOther(string key, int? exceptId) =>
        _idsByKey.TryGetValue(key, out var ids) && ids.Any(id => id != exceptId);

    /// <summary>The ids of the rows that have the key (none when no row has it).</summary>
    public IEnumerable<int> Ids(string key) => _idsByKey.TryGetValue(key, out var ids) ? ids : [];

    private string? KeyOf(JsonObject row) => JsonPaths.Get(row, Path)?.ToString();
}
