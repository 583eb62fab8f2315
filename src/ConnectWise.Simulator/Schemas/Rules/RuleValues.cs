using System.Text.Json;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Schemas.Rules;

/// <summary>How the rules read a field: text, or whether it holds anything.</summary>
internal static class RuleValues
{
    /// <summary>The field's string value, or null.</summary>
    public static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>Whether the field holds a value: a non-blank string, a reference with members, or any other scalar.</summary>
    public static bool HasValue(JsonNode? node) => node switch
    {
        null => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.Null => false,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => !string.IsNullOrWhiteSpace(value.GetValue<string>()),
        JsonObject reference => reference.Count > 0,
        _ => true,
    };

    /// <summary>The id of a reference field, or null.</summary>
    public static int? ReferenceId(JsonNode? node) =>
        node is JsonObject reference && JsonPaths.TryGetInt(reference["id"], out var value) ? value : null;

    /// <summary>Whether the field is the boolean true.</summary>
    public static bool IsTrue(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.True;
}
