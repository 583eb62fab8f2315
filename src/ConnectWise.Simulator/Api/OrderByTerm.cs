using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>One term of <c>orderBy</c>, e.g. "name asc" or "status/name desc".</summary>
internal sealed record OrderByTerm(string Path, bool Descending)
{
    public static IReadOnlyList<OrderByTerm> ParseList(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var terms = new List<OrderByTerm>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var descending = words.Length switch
            {
                1 => false,
                2 when string.Equals(words[1], "asc", StringComparison.OrdinalIgnoreCase) => false,
                2 when string.Equals(words[1], "desc", StringComparison.OrdinalIgnoreCase) => true,
                _ => throw ApiErrorException.BadRequest($"orderBy term '{part}' must be a field optionally followed by asc or desc."),
            };
            terms.Add(new OrderByTerm(words[0], descending));
        }

        return terms;
    }

    /// <summary>Sorts records by the terms, then by id; nulls sort first as in SQL Server.</summary>
    public static IEnumerable<JsonObject> Sort(IEnumerable<JsonObject> records, IReadOnlyList<OrderByTerm> terms)
    {
        IOrderedEnumerable<JsonObject>? ordered = null;
        foreach (var term in terms)
        {
            ordered = ordered is null
                ? term.Descending
                    ? records.OrderByDescending(record => JsonPaths.Get(record, term.Path), NodeComparer.Instance)
                    : records.OrderBy(record => JsonPaths.Get(record, term.Path), NodeComparer.Instance)
                : term.Descending
                    ? ordered.ThenByDescending(record => JsonPaths.Get(record, term.Path), NodeComparer.Instance)
                    : ordered.ThenBy(record => JsonPaths.Get(record, term.Path), NodeComparer.Instance);
        }

        return ordered?.ThenBy(Id) ?? records.OrderBy(Id);
    }

    private static int Id(JsonObject record) => JsonPaths.TryGetInt(record["id"], out var id) ? id : 0;

    /// <summary>Orders JSON values: null, then booleans, numbers, strings (case-insensitive).</summary>
    private sealed class NodeComparer : IComparer<JsonNode?>
    {
        public static readonly NodeComparer Instance = new();

        public int Compare(JsonNode? x, JsonNode? y)
        {
            var rank = Rank(x).CompareTo(Rank(y));
            if (rank != 0 || x is null || y is null)
            {
                return rank;
            }

            return x.GetValueKind() switch
            {
                JsonValueKind.Number => JsonPaths.Number(x).CompareTo(JsonPaths.Number(y)),
                JsonValueKind.String => string.Compare(x.GetValue<string>(), y.GetValue<string>(), StringComparison.OrdinalIgnoreCase),
                _ => string.Compare(x.ToJsonString(), y.ToJsonString(), StringComparison.Ordinal),
            };
        }

        private static int Rank(JsonNode? node) => node?.GetValueKind() switch
        {
            null or JsonValueKind.Null or JsonValueKind.Undefined => 0,
            JsonValueKind.False or JsonValueKind.True => 1,
            JsonValueKind.Number => 2,
            JsonValueKind.String => 3,
            _ => 4,
        };
    }
}
