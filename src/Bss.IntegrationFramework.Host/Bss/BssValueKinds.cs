using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bss.IntegrationFramework.Host.Bss;

/// <summary>
/// Says why a value of a records file cannot be read in the file's own terms (the field, the kind of value it
/// takes, the value found), never in .NET type names.
/// </summary>
internal static class BssValueKinds
{
    private const int ShownLength = 40;

    /// <summary>Describes a value that could not be read.</summary>
    /// <param name="recordType">The record's type.</param>
    /// <param name="record">The record as read.</param>
    /// <param name="path">The reader's path to the value (<c>$.lines[0].quantity</c>).</param>
    /// <returns>The message, such as <c>quantity: expected a number, found "ten"</c>.</returns>
    public static string Describe(Type recordType, JsonNode? record, string? path)
    {
        ArgumentNullException.ThrowIfNull(recordType);
        var segments = Segments(path);
        if (segments.Count == 0)
        {
            return "cannot be read: expected an object";
        }

        var type = recordType;
        JsonNode? value = record;
        var field = new List<string>();
        foreach (var segment in segments)
        {
            if (segment is int index)
            {
                type = ElementType(type) ?? type;
                value = value is JsonArray array && index < array.Count ? array[index] : null;
                field[^1] += $"[{index}]";
            }
            else
            {
                var name = (string)segment;
                var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .FirstOrDefault(p => string.Equals(JsonNamingPolicy.CamelCase.ConvertName(p.Name), name, StringComparison.OrdinalIgnoreCase));
                type = property?.PropertyType ?? typeof(object);
                value = value is JsonObject obj && obj.TryGetPropertyValue(name, out var child) ? child : null;
                field.Add(name);
            }
        }

        var kind = Kind(type);
        if (kind == "text" && segments[^1] is string last && BssIdNumbers.IsIdName(last))
        {
            kind = "text or a whole number";
        }

        return $"{string.Join('.', field)}: expected {kind}, found {Shown(value)}";
    }

    /// <summary>Names the kind of value a type takes, as a records file says it.</summary>
    /// <param name="type">The type.</param>
    /// <returns>The kind, such as <c>text</c>, <c>a number</c>, <c>a date (YYYY-MM-DD)</c>.</returns>
    public static string Kind(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
        {
            return "text";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        if (type == typeof(int) || type == typeof(long))
        {
            return "a whole number";
        }

        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
        {
            return "a number";
        }

        if (type == typeof(DateOnly))
        {
            return "a date (YYYY-MM-DD)";
        }

        if (type == typeof(DateTime) || type == typeof(DateTimeOffset))
        {
            return "a date and time (YYYY-MM-DDThh:mm:ssZ)";
        }

        if (type.IsEnum)
        {
            return $"one of {string.Join(", ", Enum.GetNames(type))}";
        }

        return ElementType(type) is not null ? "an array" : "an object";
    }

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.IsGenericType && type.GetGenericArguments() is [var element] && typeof(System.Collections.IEnumerable).IsAssignableFrom(type) && type != typeof(string) ? element
        : null;

    private static string Shown(JsonNode? value)
    {
        var text = value switch
        {
            null => "nothing (null)",
            JsonObject => "an object",
            JsonArray => "an array",
            _ => value.ToJsonString(),
        };
        return text.Length <= ShownLength ? text : text[..ShownLength] + "…";
    }

    private static List<object> Segments(string? path)
    {
        var segments = new List<object>();
        if (string.IsNullOrEmpty(path))
        {
            return segments;
        }

        var rest = path.TrimStart('$');
        var i = 0;
        while (i < rest.Length)
        {
            switch (rest[i])
            {
                case '.':
                    i++;
                    break;
                case '[':
                    var close = rest.IndexOf(']', i);
                    var inside = rest[(i + 1)..close];
                    if (int.TryParse(inside, out var index))
                    {
                        segments.Add(index);
                    }
                    else
                    {
                        segments.Add(inside.Trim('\''));
                    }

                    i = close + 1;
                    break;
                default:
                    var end = rest.IndexOfAny(['.', '['], i);
                    end = end < 0 ? rest.Length : end;
                    segments.Add(rest[i..end]);
                    i = end;
                    break;
            }
        }

        return segments;
    }
}
