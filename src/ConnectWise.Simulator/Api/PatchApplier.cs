using System.Text.Json.Nodes;
using ConnectWise.Simulator.Schemas;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// Applies a ConnectWise PATCH body, a JSON array of <c>{"op":"add|replace|remove","path":"name","value":…}</c>,
/// to a copy of a record. Paths are case-sensitive and must name a field of the schema.
/// </summary>
internal static class PatchApplier
{
    public static JsonObject Apply(JsonObject current, JsonNode? body, SchemaRules rules, string objectName)
    {
        if (body is not JsonArray operations)
        {
            throw ApiErrorException.Invalid(objectName, new FieldError(
                "InvalidField", "A PATCH body must be a JSON array of {op, path, value} operations.", objectName, ""));
        }

        var record = current.DeepClone().AsObject();
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

            switch (op)
            {
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

        return record;
    }
}
