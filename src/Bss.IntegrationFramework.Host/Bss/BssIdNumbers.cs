using System.Globalization;
using System.Text.Json.Nodes;

namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>
/// Exports whose ids are numbers (<c>"id": 101</c>, <c>"accountId": 101</c>) are read as if the ids were their
/// decimal text: every property named <c>id</c> or ending in <c>Id</c> whose value is a whole number, in the record
/// and in its lines, becomes a string before the record is read.
/// </summary>
internal static class BssIdNumbers
{
    /// <summary>Rewrites whole-number ids of a record as text, in place.</summary>
    /// <param name="node">The record.</param>
    public static void ToText(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject record:
                foreach (var (name, value) in record.ToList())
                {
                    if (IsIdName(name) && value is JsonValue number && AsWholeNumber(number) is { } text)
                    {
                        record[name] = text;
                    }
                    else
                    {
                        ToText(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    ToText(item);
                }

                break;
        }
    }

    /// <summary>Tells whether a property holds an id or a reference.</summary>
    /// <param name="name">The property's name.</param>
    /// <returns><see langword="true"/> for <c>id</c> and names ending in <c>Id</c>.</returns>
    public static bool IsIdName(string name) =>
        name == "id" || (name.Length > 2 && name.EndsWith("Id", StringComparison.Ordinal));

    private static string? AsWholeNumber(JsonValue value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.Number && value.TryGetValue<decimal>(out var number) && number == decimal.Truncate(number)
            ? decimal.Truncate(number).ToString(CultureInfo.InvariantCulture)
            : null;
}
