using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Storage;

/// <summary>
/// ConnectWise field paths ("status/name", "company/id", "communicationItems/value") over JSON records.
/// </summary>
internal static class JsonPaths
{
    // A path's split and an alias's _info path, kept (a list request reads the same few paths once per stored row).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> SplitPaths = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> InfoPaths = new(StringComparer.Ordinal);

    // ConnectWise lets conditions and orderBy name these _info members at the top level.
    private static readonly HashSet<string> InfoAliases = new(StringComparer.OrdinalIgnoreCase)
    {
        "lastUpdated", "dateEntered", "enteredBy", "updatedBy",
    };

    /// <summary>Splits a path on "/" (a leading "/" as in JSON Pointer is ignored).</summary>
    public static string[] Split(string path) => path.Trim().TrimStart('/').Split('/', StringSplitOptions.TrimEntries);

    /// <summary>Every value at the path; arrays on the way fan out, so "communicationItems/value" yields one per item.</summary>
    public static IReadOnlyList<JsonNode?> GetAll(JsonObject record, string path)
    {
        var segments = Resolve(record, SplitCached(path));

        // Most paths meet no array ("_info/lastUpdated", "status/name"): one value, without the fan-out's lists (a
        // list request's conditions are read for every stored row; at 100,000 rows the lists cost the simulator
        // most of its time in the collector: docs/benchmarks.md, "The .NET floor").
        JsonNode? single = record;
        var fansOut = false;
        foreach (var segment in segments)
        {
            if (single is JsonArray)
            {
                fansOut = true;
                break;
            }

            single = single is JsonObject obj ? Property(obj, segment) : null;
        }

        if (!fansOut && single is not JsonArray)
        {
            return [single];
        }

        var current = new List<JsonNode?> { record };
        foreach (var segment in segments)
        {
            var next = new List<JsonNode?>();
            foreach (var node in current)
            {
                switch (node)
                {
                    case JsonObject obj:
                        next.Add(Property(obj, segment));
                        break;
                    case JsonArray array:
                        next.AddRange(array.OfType<JsonObject>().Select(item => Property(item, segment)));
                        break;
                    default:
                        next.Add(null);
                        break;
                }
            }

            current = next;
        }

        // A path that ends on an array means "any element" (e.g. integratorTags contains "x").
        return [.. current.SelectMany(node => node is JsonArray array ? (IEnumerable<JsonNode?>)array : new[] { node })];
    }

    /// <summary>The single value at the path, or null when absent.</summary>
    public static JsonNode? Get(JsonObject record, string path)
    {
        JsonNode? current = record;
        foreach (var segment in Resolve(record, SplitCached(path)))
        {
            current = current is JsonObject obj ? Property(obj, segment) : null;
        }

        return current;
    }

    /// <summary>Sets the value at the path, creating intermediate objects.</summary>
    public static void Set(JsonObject record, string path, JsonNode? value)
    {
        var segments = Split(path);
        var current = record;
        foreach (var segment in segments[..^1])
        {
            if (current[segment] is not JsonObject child)
            {
                child = [];
                current[segment] = child;
            }

            current = child;
        }

        current[segments[^1]] = value;
    }

    /// <summary>Removes the value at the path; true when something was removed.</summary>
    public static bool Remove(JsonObject record, string path)
    {
        var segments = Split(path);
        JsonNode? current = record;
        foreach (var segment in segments[..^1])
        {
            current = current is JsonObject obj ? obj[segment] : null;
        }

        return current is JsonObject parent && parent.Remove(segments[^1]);
    }

    /// <summary>The value of a JSON number node whatever CLR type backs it.</summary>
    public static double Number(JsonNode value) =>
        double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads an integer from a JSON number (or numeric string) node.</summary>
    public static bool TryGetInt(JsonNode? node, out int value)
    {
        value = 0;
        if (node is not JsonValue)
        {
            return false;
        }

        var text = node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
        return int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Forces every lazily parsed node to build its children, so that records shared between request threads are
    /// only ever read afterwards.
    /// </summary>
    public static T Materialize<T>(T node)
        where T : JsonNode
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        Materialize(child);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        Materialize(child);
                    }
                }

                break;
        }

        return node;
    }

    // The split of a condition's or an order's path, kept: a list request splits the same few paths once per stored
    // row. Callers only read the segments.
    private static string[] SplitCached(string path) => SplitPaths.GetOrAdd(path, Split);

    private static string[] Resolve(JsonObject record, string[] segments) =>
        segments.Length == 1 && InfoAliases.Contains(segments[0]) && Property(record, segments[0]) is null
            ? InfoPaths.GetOrAdd(segments[0], alias => ["_info", alias])
            : segments;

    // Field names in conditions are matched case-insensitively, as ConnectWise does.
    private static JsonNode? Property(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var value))
        {
            return value;
        }

        foreach (var (key, candidate) in obj)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        return null;
    }
}
