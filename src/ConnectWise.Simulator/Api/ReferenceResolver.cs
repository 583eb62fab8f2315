using System.Text.Json.Nodes;
using ConnectWise.Simulator.Resources;
using ConnectWise.Simulator.Schemas;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// Turns the references of a written record (<c>{"id":1}</c>, or <c>{"identifier":"ACME"}</c> for companies) into
/// the reference shapes ConnectWise answers with (<c>{"id":1,"name":"Active","_info":{"status_href":…}}</c>), and
/// fills a missing reference with the target table's default row, as ConnectWise does on POST.
/// </summary>
internal sealed class ReferenceResolver(SimulatorStore store, SchemaCatalog schemas, string apiBaseUrl)
{
    public IReadOnlyList<FieldError> Resolve(JsonObject record, SchemaRules rules, string objectName, bool fillDefaults)
    {
        var errors = new List<FieldError>();
        foreach (var (field, referenceSchema) in rules.References)
        {
            var target = ResourceCatalog.ForReference(referenceSchema);
            if (target is null || target.ParentRoute is not null)
            {
                continue;
            }

            switch (record[field])
            {
                case JsonObject reference:
                    record[field] = Expand(field, reference, target, referenceSchema, objectName, errors);
                    break;
                case JsonArray references:
                    var expanded = references.OfType<JsonObject>()
                        .Select(reference => (JsonNode?)Expand(field, reference, target, referenceSchema, objectName, errors))
                        .ToArray();
                    record[field] = new JsonArray(expanded);
                    break;
                case null when fillDefaults && DefaultRow(target) is { } row:
                    var shape = Shape(field, row, target, referenceSchema);
                    record[field] = rules.ReferenceArrays.Contains(field) ? new JsonArray(shape) : shape;
                    break;
            }
        }

        return errors;
    }

    private JsonObject Expand(
        string field, JsonObject reference, ResourceDefinition target, string referenceSchema, string objectName, List<FieldError> errors)
    {
        var row = Find(reference, target);
        if (row is not null)
        {
            return Shape(field, row, target, referenceSchema);
        }

        var key = reference["id"] is { } id ? $"id {id.ToJsonString()}" : $"identifier {reference["identifier"]?.ToJsonString() ?? "(none)"}";
        errors.Add(new FieldError("NotFound", $"{target.ObjectName} with {key} was not found.", objectName, $"{field}/id"));
        return reference;
    }

    private JsonObject? Find(JsonObject reference, ResourceDefinition target)
    {
        if (JsonPaths.TryGetInt(reference["id"], out var id))
        {
            return store.Row(target.Route, id);
        }

        var identifier = (string?)(reference["identifier"] as JsonValue);
        return identifier is null ? null : store.RowWithText(target.Route, "identifier", identifier);
    }

    private JsonObject? DefaultRow(ResourceDefinition target) => store.DefaultRow(target.Route);

    private JsonObject Shape(string field, JsonObject row, ResourceDefinition target, string referenceSchema)
    {
        var shape = new JsonObject();
        var declared = schemas.Rules(referenceSchema).PropertyNames;
        foreach (var property in declared.Where(name => name != "_info"))
        {
            var source = target.ReferenceSources.GetValueOrDefault(property, property);
            var value = source.Contains('+', StringComparison.Ordinal)
                ? JsonValue.Create(string.Join(' ', source.Split('+').Select(part => (string?)(row[part] as JsonValue)).Where(part => !string.IsNullOrEmpty(part))))
                : JsonPaths.Get(row, source) as JsonValue;
            if (value is not null)
            {
                shape[property] = value.DeepClone();
            }
        }

        shape["_info"] = new JsonObject { [$"{field}_href"] = $"{apiBaseUrl}{target.Route}/{row["id"]}" };
        return shape;
    }
}
