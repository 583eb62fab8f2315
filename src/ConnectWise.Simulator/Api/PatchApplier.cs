using System.Text.Json.Nodes;
using ConnectWise.Simulator.Schemas;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// Applies a ConnectWise PATCH body, a JSON array of <c>{"op":"add|replace|remove","path":"name","value":…}</c>,
/// to a copy of a record. Paths are case-sensitive and must name a field of the schema (Developer Guide, Patch). A
/// remove ignores any value (RFC 6902). Whether ConnectWise clears a field given <c>"value":null</c> is unverified:
/// the normal profile clears it, the strict profile refuses it (400).
/// </summary>
internal static class PatchApplier
{
    /// <summary>The patched copy and the top-level fields the operations wrote.</summary>
    public static (JsonObject Record, IReadOnlySet<string> Touched) Apply(JsonObject current, JsonNode? body, SchemaRules rules, string objectName, SimulatorProfile profile = SimulatorProfile.Normal)
    {
        if (body is not JsonArray operations)
        {
            throw ApiErrorException.Invalid(objectName, new FieldError(
                "InvalidField", "A PATCH body must be a JSON array of {op, path, value} operations.", objectName, ""));
        }

        var record = current.DeepClone().AsObject();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            var op = ((string?)(operation?["op"] as JsonValue))?.ToLowerInvariant();
            var path = ((string?)(operation?["path"] as JsonValue))?.Trim().TrimStart('/');
            if (string.IsNullOrEmpty(path))
            {
                throw ApiErrorException.Invalid(objectName, new FieldError("NullOrEmpty", "The path of a patch operation is required.", objectName, "path"));
            }

            var field = JsonPaths.Split(path)[0];
            if (!rules.Declares(field) || field is "id" or "_info")
            {
                throw ApiErrorException.Invalid(objectName, new FieldError(
                    "InvalidField", $"The path '{path}' does not name a field of {objectName} that can be changed.", objectName, path));
            }

            touched.Add(field);
            switch (op)
            {
                case "add" or "replace" when profile == SimulatorProfile.Strict && IsNull(operation!["value"]):
                    throw ApiErrorException.Invalid(objectName, new FieldError(
                        "InvalidField", $"The value of the {op} operation on '{path}' must not be null; use the remove operation to clear a field.", objectName, path));
                case "add" or "replace":
                    JsonPaths.Set(record, path, operation!["value"]?.DeepClone());
                    break;
                case "remove":
                    JsonPaths.Remove(record, path);
                    break;
                default:
                    throw ApiErrorException.Invalid(objectName, new FieldError(
                        "InvalidField", $"The op '{op}' is not one of add, replace, remove.", objectName, "op"));
            }
        }

        return (record, touched);
    }

    private static bool IsNull(JsonNode? value) =>
        value is null || (value is JsonValue scalar && scalar.GetValueKind() == System.Text.Json.JsonValueKind.Null);
}
