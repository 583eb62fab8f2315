using System.Reflection;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Schemas;

/// <summary>
/// The component schemas of the embedded ConnectWise spec subset, merged with the supplement describing the
/// resources that subset leaves out. Required lists and max lengths are read from here, never typed by hand.
/// </summary>
internal sealed partial class SchemaCatalog
{
    private const string SpecResource = "ConnectWise.Simulator.Spec.openapi_get_filtered.json";
    private const string SupplementResource = "ConnectWise.Simulator.Spec.supplementary-schemas.json";

    private static readonly Lazy<SchemaCatalog> Shared = new(Load);

    private readonly Dictionary<string, JsonObject> _schemas;
    private readonly Dictionary<string, SchemaRules> _rules = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    private SchemaCatalog(Dictionary<string, JsonObject> schemas, IReadOnlyList<JsonObject> documents)
    {
        _schemas = schemas;
        Documents = documents;
    }

    /// <summary>The catalog built from the embedded spec files (loaded once per process).</summary>
    public static SchemaCatalog Default => Shared.Value;

    /// <summary>The spec documents: the ConnectWise subset first, then the supplement.</summary>
    public IReadOnlyList<JsonObject> Documents { get; }

    /// <summary>Whether a component schema exists.</summary>
    public bool Contains(string schemaName) => _schemas.ContainsKey(schemaName);

    /// <summary>The raw component schema.</summary>
    public JsonObject Schema(string schemaName) =>
        _schemas.TryGetValue(schemaName, out var schema)
            ? schema
            : throw new KeyNotFoundException($"The spec has no schema named {schemaName}.");

    /// <summary>The write rules of a schema, derived once and cached.</summary>
    public SchemaRules Rules(string schemaName)
    {
        lock (_gate)
        {
            if (!_rules.TryGetValue(schemaName, out var rules))
            {
                rules = Derive(schemaName, Schema(schemaName));
                _rules[schemaName] = rules;
            }

            return rules;
        }
    }

    /// <summary>The schema name a <c>$ref</c> points at ("#/components/schemas/Company" gives "Company").</summary>
    public static string RefName(string reference) => reference[(reference.LastIndexOf('/') + 1)..];

    private static SchemaCatalog Load()
    {
        var documents = new List<JsonObject>();
        var schemas = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var resource in new[] { SpecResource, SupplementResource })
        {
            using var stream = typeof(SchemaCatalog).Assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"The embedded resource {resource} is missing.");
            var document = JsonNode.Parse(stream)?.AsObject()
                ?? throw new InvalidOperationException($"The embedded resource {resource} is empty.");
            documents.Add(document);
            if (document["components"]?["schemas"] is JsonObject components)
            {
                foreach (var (name, schema) in components)
                {
                    // The ConnectWise subset wins over the supplement when both define a name.
                    if (schema is JsonObject schemaObject)
                    {
                        schemas.TryAdd(name, schemaObject);
                    }
                }
            }
        }

        return new SchemaCatalog(schemas, documents);
    }

    private static SchemaRules Derive(string schemaName, JsonObject schema)
    {
        var names = new List<string>();
        var maxLengths = new Dictionary<string, int>(StringComparer.Ordinal);
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        var referenceArrays = new HashSet<string>(StringComparer.Ordinal);
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        var requiredOnUpdates = new List<string>();
        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (name, property) in properties)
            {
                names.Add(name);
                if (property is not JsonObject propertySchema)
                {
                    continue;
                }

                var description = (string?)propertySchema["description"];
                if (description?.Contains("Required On Updates", StringComparison.OrdinalIgnoreCase) == true)
                {
                    requiredOnUpdates.Add(name);
                }

                if (description is not null && MaxLengthPattern().Match(description) is { Success: true } match)
                {
                    maxLengths[name] = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                }

                if ((string?)propertySchema["type"] is "string" or "integer" or "number" or "boolean")
                {
                    types[name] = (string?)propertySchema["format"] == "date-time" ? "date-time" : (string)propertySchema["type"]!;
                }

                var target = (string?)propertySchema["$ref"] ?? (string?)propertySchema["items"]?["$ref"];
                if (target is not null && RefName(target).EndsWith("Reference", StringComparison.Ordinal))
                {
                    references[name] = RefName(target);
                    if (propertySchema["items"] is not null)
                    {
                        referenceArrays.Add(name);
                    }
                }
            }
        }

        var required = schema["required"] is JsonArray list
            ? list.Select(item => (string?)item).OfType<string>().ToArray()
            : [];
        return new SchemaRules(schemaName, names, required, maxLengths, references, referenceArrays, requiredOnUpdates, types);
    }

    [GeneratedRegex(@"Max length:\s*(\d+);", RegexOptions.CultureInvariant)]
    private static partial Regex MaxLengthPattern();
}
