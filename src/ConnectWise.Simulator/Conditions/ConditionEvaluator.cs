using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Conditions;

/// <summary>
/// Decides whether a record satisfies a parsed condition, the way ConnectWise's SQL does: strings compare
/// case-insensitively, a missing or null field satisfies nothing but "= null", and a path through an array is
/// satisfied by any element.
/// </summary>
internal static class ConditionEvaluator
{
    /// <summary>Whether the record satisfies the condition (no condition is satisfied by every record).</summary>
    /// <param name="node">The parsed condition.</param>
    /// <param name="record">The record.</param>
    /// <param name="prefix">A path prefix to drop first, e.g. "communicationItems/" when evaluating one child item.</param>
    public static bool Matches(ConditionNode? node, JsonObject record, string? prefix = null) => node switch
    {
        null => true,
        LogicalNode { IsAnd: true } and => Matches(and.Left, record, prefix) && Matches(and.Right, record, prefix),
        LogicalNode or => Matches(or.Left, record, prefix) || Matches(or.Right, record, prefix),
        NotNode not => !Matches(not.Inner, record, prefix),
        ComparisonNode comparison => Compare(comparison, JsonPaths.GetAll(record, Strip(comparison.Path, prefix))),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "Unknown condition node."),
    };

    /// <summary>
    /// childConditions and customFieldConditions: whether one element of the record's array satisfies the whole
    /// condition (so "value like … and communicationType = …" speaks of the same item).
    /// </summary>
    /// <param name="node">The parsed condition; null is satisfied by every record.</param>
    /// <param name="record">The record.</param>
    /// <param name="arrayField">The array to search, or null to take it from the first path of the condition.</param>
    public static bool MatchesAnyElement(ConditionNode? node, JsonObject record, string? arrayField)
    {
        if (node is null)
        {
            return true;
        }

        var field = arrayField ?? JsonPaths.Split(FirstPath(node))[0];
        var elements = JsonPaths.Get(record, field) as JsonArray ?? [];
        return elements.OfType<JsonObject>().Any(element => Matches(node, element, field + "/"));
    }

    private static string FirstPath(ConditionNode node) => node switch
    {
        LogicalNode logical => FirstPath(logical.Left),
        NotNode not => FirstPath(not.Inner),
        ComparisonNode comparison => comparison.Path,
        _ => "",
    };

    private static string Strip(string path, string? prefix) =>
        prefix is not null && path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? path[prefix.Length..] : path;

    // Read for every stored row of a list request, so without LINQ's lists and closures (same answers).
    private static bool Compare(ComparisonNode comparison, IReadOnlyList<JsonNode?> values)
    {
        var isNull = comparison.Value.Kind == LiteralKind.Null;
        var present = 0;
        var any = false;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value is null || value.GetValueKind() == JsonValueKind.Null)
            {
                continue;
            }

            present++;
            if (!isNull && !any)
            {
                any = Satisfies(comparison.Operator, value, comparison.Value);
            }
        }

        if (isNull)
        {
            return comparison.Operator switch
            {
                ComparisonOperator.Equal => present == 0,
                ComparisonOperator.NotEqual => present > 0,
                _ => false,
            };
        }

        if (present == 0)
        {
            return false;
        }

        return comparison.Negated ? !any : any;
    }

    private static bool Satisfies(ComparisonOperator op, JsonNode value, ConditionLiteral literal) => op switch
    {
        ComparisonOperator.Equal => Order(value, literal) == 0,
        ComparisonOperator.NotEqual => Order(value, literal) is { } order && order != 0,
        ComparisonOperator.Less => Order(value, literal) < 0,
        ComparisonOperator.LessOrEqual => Order(value, literal) <= 0,
        ComparisonOperator.Greater => Order(value, literal) > 0,
        ComparisonOperator.GreaterOrEqual => Order(value, literal) >= 0,
        ComparisonOperator.Like => LikePattern(literal.Text).IsMatch(Text(value)),
        ComparisonOperator.Contains => Text(value).Contains(literal.Text, StringComparison.OrdinalIgnoreCase),
        ComparisonOperator.In => literal.Items.Any(item => Order(value, item) == 0),
        _ => false,
    };

    /// <summary>Orders a record value against a literal; null when they cannot be compared.</summary>
    private static int? Order(JsonNode value, ConditionLiteral literal)
    {
        var kind = value.GetValueKind();
        switch (literal.Kind)
        {
            case LiteralKind.String:
                return string.Compare(Text(value), literal.Text, StringComparison.OrdinalIgnoreCase);
            case LiteralKind.Number when kind == JsonValueKind.Number:
                return JsonPaths.Number(value).CompareTo(literal.Number);
            case LiteralKind.Number when kind == JsonValueKind.String
                && double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed):
                return parsed.CompareTo(literal.Number);
            case LiteralKind.Boolean when kind is JsonValueKind.True or JsonValueKind.False:
                return (kind == JsonValueKind.True).CompareTo(literal.Boolean);
            case LiteralKind.Date when kind == JsonValueKind.String && ParseDate(value.GetValue<string>()) is { } date:
                return date.CompareTo(literal.Date);
            default:
                return null;
        }
    }

    // The simulator stamps _info dates as yyyy-MM-ddTHH:mm:ssZ (SimulatorStore.Stamp): read that form exactly first, the
    // general parse (three times slower, for every stored row of a list request) only for other forms. Same instant.
    private static DateTimeOffset? ParseDate(string text) =>
        DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var exact) ? exact
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? date
        : null;

    private static string Text(JsonNode value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };

    /// <summary>
    /// A like pattern as a regex: "*" and "%" match any run of characters, and "[[]" is a literal "[" as in SQL.
    /// </summary>
    private static Regex LikePattern(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] is '*' or '%')
            {
                regex.Append(".*");
            }
            else if (string.CompareOrdinal(pattern, i, "[[]", 0, 3) == 0)
            {
                regex.Append(@"\[");
                i += 2;
            }
            else
            {
                regex.Append(Regex.Escape(pattern[i].ToString()));
            }
        }

        return new Regex(
            regex.Append('$').ToString(),
            RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
    }
}
