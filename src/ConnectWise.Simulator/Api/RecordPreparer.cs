using System.Text.Json.Nodes;
using ConnectWise.Simulator.Resources;
using ConnectWise.Simulator.Schemas;
using ConnectWise.Simulator.Schemas.Rules;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>Turns a written body into a record the store may keep, the way ConnectWise validates and completes it.</summary>
internal sealed class RecordPreparer(SimulatorStore store, SchemaCatalog schemas, SimulatorOptions options)
{
    /// <summary>
    /// Checks and completes a POST or PUT body: undeclared members dropped, the parent link set, items numbered,
    /// validated, the record rules applied (to the stored record it replaces, for a PUT), references resolved.
    /// </summary>
    public JsonObject Prepare(ResourceDefinition resource, JsonNode? body, int? parentId, string apiBaseUrl, JsonObject? replaced = null)
    {
        var replacing = replaced is not null;
        if (body is not JsonObject input)
        {
            throw ApiErrorException.BadRequest($"The request body must be a {resource.ObjectName} JSON object.");
        }

        var rules = schemas.Rules(resource.SchemaName);
        var record = input.DeepClone().AsObject();
        record.Remove("id");
        record.Remove("_info");
        RecordValidator.RemoveUndeclared(record, rules);
        if (parentId is { } parent && resource.ParentLink is { } link)
        {
            JsonPaths.Set(record, link, parent);
        }

        NumberItems(resource, record);
        var errors = RecordValidator.Validate(record, rules, resource.ObjectName, replacing).ToList();
        errors.AddRange(replaced is null
            ? WriteRules.OnCreate(resource.SchemaName, record, options)
            : WriteRules.OnChange(resource.SchemaName, replaced, record, new HashSet<string>(rules.PropertyNames, StringComparer.Ordinal), options));
        errors.AddRange(new ReferenceResolver(store, schemas, apiBaseUrl).Resolve(record, rules, resource.ObjectName, fillDefaults: true));
        if (errors.Count > 0)
        {
            throw ApiErrorException.Invalid(resource.ObjectName, [.. errors]);
        }

        return record;
    }

    /// <summary>Checks a PATCH result against the schema, the record rules and the references; throws the ConnectWise error when it fails.</summary>
    public void CheckPatched(ResourceDefinition resource, JsonObject before, JsonObject patched, IReadOnlySet<string> touched, string apiBaseUrl)
    {
        var rules = schemas.Rules(resource.SchemaName);
        var errors = RecordValidator.Validate(patched, rules, resource.ObjectName).ToList();
        errors.AddRange(WriteRules.OnChange(resource.SchemaName, before, patched, touched, options));
        errors.AddRange(new ReferenceResolver(store, schemas, apiBaseUrl).Resolve(patched, rules, resource.ObjectName, fillDefaults: false));
        if (errors.Count > 0)
        {
            throw ApiErrorException.Invalid(resource.ObjectName, [.. errors]);
        }
    }

    /// <summary>The values ConnectWise fills in on POST: fields taken from a referenced record, fixed defaults, and false for omitted flags.</summary>
    public void ApplyServerDefaults(ResourceDefinition resource, JsonObject record)
    {
        var rules = schemas.Rules(resource.SchemaName);
        foreach (var inherited in resource.Inherited)
        {
            if (record[inherited.Field] is not null
                || !rules.References.TryGetValue(inherited.Reference, out var referenceSchema)
                || ResourceCatalog.ForReference(referenceSchema) is not { } target
                || !JsonPaths.TryGetInt(JsonPaths.Get(record, inherited.Reference + "/id"), out var targetId)
                || store.Row(target.Route, targetId)?[inherited.Field] is not { } value)
            {
                continue;
            }

            record[inherited.Field] = value.DeepClone();
        }

        foreach (var (field, value) in resource.Defaults)
        {
            if (record[field] is null)
            {
                record[field] = value;
            }
        }

        // ConnectWise stores an omitted flag as false, so "cancelledFlag = false" finds a record created without it.
        foreach (var (field, type) in rules.Types)
        {
            if (type == "boolean" && field.EndsWith("Flag", StringComparison.Ordinal) && record[field] is null)
            {
                record[field] = false;
            }
        }
    }

    /// <summary>Gives ids to the items of numbered arrays that have none.</summary>
    public void NumberItems(ResourceDefinition resource, JsonObject record)
    {
        foreach (var field in resource.NumberedItems)
        {
            foreach (var item in (record[field] as JsonArray ?? []).OfType<JsonObject>())
            {
                if (!JsonPaths.TryGetInt(item["id"], out var id) || id <= 0)
                {
                    item["id"] = store.NextItemId();
                }
            }
        }
    }
}
