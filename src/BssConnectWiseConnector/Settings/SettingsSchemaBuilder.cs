using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Settings;

/// <summary>
/// Writes the JSON Schema of an instance's settings (server variables and lookups) from the same catalogs as the
/// manifest, so settings pages, documentation and validation share one source (<c>schemas/connectwise-instance-settings.schema.json</c>).
/// </summary>
public static class SettingsSchemaBuilder
{
    /// <summary>Builds the schema.</summary>
    /// <returns>The JSON Schema (draft 2020-12).</returns>
    public static JObject Build()
    {
        var variables = new JObject();
        foreach (var definition in ServerVariableCatalog.Definitions)
        {
            variables[definition.Name] = Property(definition);
        }

        var lookups = new JObject();
        foreach (var lookup in LookupCatalog.All)
        {
            lookups[lookup.Name] = new JObject
            {
                ["description"] = $"{lookup.Description} BSS field: {lookup.BssField}; ConnectWise table: {lookup.Target}.",
                ["type"] = "object",
                ["additionalProperties"] = new JObject { ["type"] = "string", ["pattern"] = "^[1-9][0-9]*$" },
            };
        }

        return new JObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "connectwise-instance-settings.schema.json",
            ["title"] = "ConnectWise connector instance settings",
            ["description"] = "Server variables, keys and lookup tables of one ConnectWise Manage connector instance. Generated from the connector's catalogs; do not edit by hand.",
            ["type"] = "object",
            ["properties"] = new JObject
            {
                ["serverVariables"] = new JObject
                {
                    ["type"] = "object",
                    ["properties"] = variables,
                    ["required"] = new JArray(ServerVariableCatalog.Definitions.Where(d => d.Required).Select(d => d.Name)),
                    ["additionalProperties"] = false,
                },
                ["lookups"] = new JObject
                {
                    ["type"] = "object",
                    ["properties"] = lookups,
                    ["additionalProperties"] = false,
                },
            },
            ["required"] = new JArray("serverVariables"),
        };
    }

    private static JObject Property(ServerVariableDefinition definition)
    {
        var property = new JObject
        {
            ["title"] = definition.DisplayName,
            ["description"] = definition.Description,
            ["type"] = "string",
            ["x-used-for"] = new JArray(definition.UsedFor),
        };
        switch (definition.Type)
        {
            case ServerVariableType.Url:
                property["minLength"] = 1;
                break;
            case ServerVariableType.Guid:
                property["pattern"] = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
                break;
            case ServerVariableType.RemoteId:
                property["pattern"] = "^[1-9][0-9]*$";
                break;
            case ServerVariableType.Enumeration:
                property["enum"] = new JArray(definition.AllowedValues);
                break;
            default:
                property["minLength"] = 1;
                break;
        }

        if (definition.DefaultValue is not null)
        {
            property["default"] = definition.DefaultValue;
        }

        if (definition.Secret)
        {
            property["writeOnly"] = true;
            property["x-secret"] = true;
        }

        return property;
    }
}
