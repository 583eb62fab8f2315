using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Api;

namespace ConnectWise.Simulator.Schemas;

/// <summary>Checks a record about to be written against its schema's required fields and max lengths.</summary>
internal static class RecordValidator
{
    public static IReadOnlyList<FieldError> Validate(JsonObject record, SchemaRules rules, string objectName)
    {
        var errors = new List<FieldError>();
        foreach (var field in rules.Required)
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

    private static bool IsNullOrEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.Null => true,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetValue<string>()),
        JsonObject reference => reference.Count == 0,
        _ => false,
    };
}
