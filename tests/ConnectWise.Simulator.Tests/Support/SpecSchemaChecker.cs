using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Tests.Support;

/// <summary>
/// Checks a JSON answer against the response schema of a GET operation in the OpenAPI documents: every property
/// must be declared (following $ref), and every value must have the declared JSON type and format. Written for
/// these tests, independent of the simulator's own schema code.
/// </summary>
internal sealed class SpecSchemaChecker(IReadOnlyList<JsonObject> documents)
{
    public static SpecSchemaChecker FromRepository() => new([Load("openapi_get_filtered.json"), Load("supplementary-schemas.json")]);

    public static string SpecPath(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "src", "ConnectWise.Simulator", "Spec", fileName)))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? throw new FileNotFoundException($"src/ConnectWise.Simulator/Spec/{fileName} was not found above the test output.")
            : Path.Combine(directory.FullName, "src", "ConnectWise.Simulator", "Spec", fileName);
    }

    /// <summary>Which document declares the GET path (the ConnectWise subset is searched first).</summary>
    public string? DocumentTitle(string specPath) =>
        documents.FirstOrDefault(document => document["paths"]?[specPath] is not null)?["info"]?["title"]?.GetValue<string>();

    /// <summary>The problems of an answer to <c>GET {specPath}</c>; empty when it conforms.</summary>
    public IReadOnlyList<string> Check(string specPath, JsonNode? answer)
    {
        var operation = documents.Select(document => document["paths"]?[specPath]?["get"]).FirstOrDefault(found => found is not null)
            ?? throw new ArgumentException($"No GET {specPath} in the spec documents.", nameof(specPath));
        var content = operation["responses"]!["200"]!["content"]!.AsObject();
        var schema = content.First().Value!["schema"]!.AsObject();
        var problems = new List<string>();
        Walk(answer, schema, "$", problems);
        return problems;
    }

    private static JsonObject Load(string fileName) => JsonNode.Parse(File.ReadAllText(SpecPath(fileName)))!.AsObject();

    private JsonObject Resolve(JsonObject schema)
    {
        while (schema["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>().Split('/')[^1];
            schema = documents.Select(document => document["components"]?["schemas"]?[name]).OfType<JsonObject>().FirstOrDefault()
                ?? throw new InvalidOperationException($"Unresolved $ref {name}.");
        }

        return schema;
    }

    private void Walk(JsonNode? value, JsonObject schema, string where, List<string> problems)
    {
        var isReference = schema["$ref"] is not null;
        schema = Resolve(schema);
        if (value is null || value.GetValueKind() == JsonValueKind.Null)
        {
            if (!isReference && schema["nullable"]?.GetValue<bool>() != true && (string?)schema["type"] is not ("object" or null))
            {
                problems.Add($"{where}: null where the spec has a non-nullable {(string?)schema["type"]}");
            }

            return;
        }

        var type = (string?)schema["type"] ?? (schema["properties"] is not null ? "object" : null);
        var kind = value.GetValueKind();
        switch (type)
        {
            case "object" when schema["properties"] is JsonObject properties:
                if (value is not JsonObject record)
                {
                    problems.Add($"{where}: {kind} where the spec has an object");
                    return;
                }

                foreach (var (name, child) in record)
                {
                    if (properties[name] is JsonObject propertySchema)
                    {
                        Walk(child, propertySchema, $"{where}.{name}", problems);
                    }
                    else
                    {
                        problems.Add($"{where}.{name}: not a property of the spec schema");
                    }
                }

                break;
            case "object" when schema["additionalProperties"] is JsonObject additional:
                foreach (var (name, child) in value as JsonObject ?? [])
                {
                    Walk(child, additional, $"{where}.{name}", problems);
                }

                break;
            case "array":
                if (value is not JsonArray array)
                {
                    problems.Add($"{where}: {kind} where the spec has an array");
                    return;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], schema["items"]!.AsObject(), $"{where}[{i}]", problems);
                }

                break;
            case "string":
                Expect(kind == JsonValueKind.String, "string");
                if (kind == JsonValueKind.String && (string?)schema["format"] == "date-time")
                {
                    Expect(DateTimeOffset.TryParse(value.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), "date-time string");
                }

                break;
            case "integer":
                Expect(kind == JsonValueKind.Number && !value.ToJsonString().Contains('.', StringComparison.Ordinal), "integer");
                break;
            case "number":
                Expect(kind == JsonValueKind.Number, "number");
                break;
            case "boolean":
                Expect(kind is JsonValueKind.True or JsonValueKind.False, "boolean");
                break;
        }

        void Expect(bool ok, string expected)
        {
            if (!ok)
            {
                problems.Add($"{where}: {kind} {value.ToJsonString()} where the spec has {expected}");
            }
        }
    }
}
