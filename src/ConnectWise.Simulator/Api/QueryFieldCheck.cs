using ConnectWise.Simulator.Conditions;
using ConnectWise.Simulator.Resources;
using ConnectWise.Simulator.Schemas;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// Refuses conditions and orderBy terms naming a field the resource does not have, so a misspelt field is a 400 as
/// at ConnectWise rather than a filter that silently matches nothing. Only the first segment of a path is checked.
/// </summary>
internal static class QueryFieldCheck
{
    private static readonly string[] InfoAliases = ["lastUpdated", "dateEntered", "enteredBy", "updatedBy"];

    public static void Validate(ListQuery query, ResourceDefinition resource, SchemaCatalog schemas)
    {
        var rules = schemas.Rules(resource.SchemaName);
        var fields = ConditionPaths.Of(query.Conditions).Concat(query.OrderBy.Select(term => term.Path));
        foreach (var path in fields)
        {
            var first = JsonPaths.Split(path)[0];
            if (!Declares(rules, first) && !InfoAliases.Contains(first, StringComparer.OrdinalIgnoreCase))
            {
                throw Unknown(first, resource, "conditions or orderBy");
            }
        }

        foreach (var path in ConditionPaths.Of(query.ChildConditions))
        {
            var first = JsonPaths.Split(path)[0];
            if (!Declares(rules, first))
            {
                throw Unknown(first, resource, "childConditions");
            }
        }

        var customField = schemas.Rules("CustomFieldValue");
        foreach (var path in ConditionPaths.Of(query.CustomFieldConditions))
        {
            var segments = JsonPaths.Split(path);
            var first = segments.Length > 1 && string.Equals(segments[0], "customFields", StringComparison.OrdinalIgnoreCase) ? segments[1] : segments[0];
            if (!Declares(customField, first))
            {
                throw Unknown(first, resource, "customFieldConditions");
            }
        }
    }

    private static bool Declares(SchemaRules rules, string field) =>
        rules.PropertyNames.Contains(field, StringComparer.OrdinalIgnoreCase);

    private static ApiErrorException Unknown(string field, ResourceDefinition resource, string parameter) =>
        ApiErrorException.BadRequest($"Unknown field '{field}' in {parameter} of {resource.ObjectName}.");
}
