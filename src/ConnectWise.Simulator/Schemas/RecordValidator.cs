using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;

namespace ConnectWise.Simulator.Schemas;

/// <summary>Checks a record about to be written against its schema's required fields and max lengths.</summary>
internal static class RecordValidator
{
    /// <summary>The problems of a record about to be written; a replacement (PUT) must also carry the fields required on updates.</summary>
    public static IReadOnlyList<FieldError> Validate(JsonObject record, SchemaRules rules, string objectName, bool replacing = false)
    {
        var errors = new List<FieldError>();
        foreach (var field in replacing ? rules.Required.Concat(rules.RequiredOnUpdates) : rules.Required)
        {
            if (IsNullOrEmpty(record[field]))
            {
                errors.Add(new FieldError("NullOrEmpty", $"The {field} field is required.", objectName, field));
            }
        }

        foreach (var (field, maxLength) in rules.MaxLengths)
        {
            if (record[field] is JsonValue value && value.GetValueKind() == JsonValueKind.String
                && value.GetValue<string>().Length > maxLength)
            {
                errors.Add(new FieldError(
                    "MaxLengthField",
                    $"The field {field} must be a string with a maximum length of {maxLength}.",
                    objectName,
                    field));
            }
        }

        foreach (var (field, type) in rules.Types)
        {
            if (record[field] is { } value && value.GetValueKind() != JsonValueKind.Null && !Converts(value, type))
            {
                errors.Add(new FieldError("InvalidField", $"The value of {field} is not a valid {type}.", objectName, field));
            }
        }

        foreach (var field in rules.References.Keys)
        {
            if (record[field] is { } value && value.GetValueKind() is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
            {
                errors.Add(new FieldError("InvalidField", $"The field {field} must be an object reference.", objectName, field));
            }
        }

        return errors;
    }

    /// <summary>Drops the properties the schema does not declare, as ConnectWise ignores unknown members on writes.</summary>
    public static void RemoveUndeclared(JsonObject record, SchemaRules rules)
    {
        foreach (var name in record.Select(property => property.Key).Where(name => !rules.Declares(name)).ToList())
        {
            record.Remove(name);
        }
    }

    /// <summary>
    /// Whether ConnectWise's JSON reader could turn the value into the declared type; like it, numbers and booleans
    /// written as strings are accepted, and any scalar becomes a string.
    /// </summary>
    private static bool Converts(JsonNode value, string type)
    {
        var kind = value.GetValueKind();
        var text = kind == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            "string" => kind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False,
            "date-time" => kind == JsonValueKind.String && DateTimeOffset.TryParse(text, invariant, DateTimeStyles.AssumeUniversal, out _),
            "integer" => kind is JsonValueKind.Number or JsonValueKind.String && long.TryParse(text, NumberStyles.Integer, invariant, out _),
            "number" => kind is JsonValueKind.Number or JsonValueKind.String && double.TryParse(text, NumberStyles.Float, invariant, out _),
            "boolean" => kind is JsonValueKind.True or JsonValueKind.False || (kind == JsonValueKind.String && bool.TryParse(text, out _)),
            _ => true,
        };
    }

    private static bool IsNullOrEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.Null => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetValue<string>()),
        JsonObject reference => reference.Count == 0,
        _ => false,
    };
}
