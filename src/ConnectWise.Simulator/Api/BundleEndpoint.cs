using System.Text.Json.Nodes;
using ConnectWise.Simulator.Resources;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>
/// <c>POST system/bundles</c>: several requests in one call. Each request names its resource by object name
/// ("company", "contact", "catalogItem", "addition" with a parentId, ...), reads with the usual filters and page, or
/// creates its <c>entity</c>. Each result carries its own status (the Developer Network's "Bundled Requests": "since
/// each record may have different statuses, we will respond with different status codes"), so a request for a missing
/// agreement gets its own 404 inside a 200 answer. The page's sample resource types are <c>ticket</c>, <c>Company</c>
/// and <c>purchaseorderlineitem</c>; <c>addition</c> is unverified, so the strict profile refuses a bundle naming it
/// with a 400 for the whole call.
/// </summary>
internal sealed class BundleEndpoint(ResourceEndpoints endpoints, SimulatorOptions options)
{
    public const string Route = "system/bundles";

    /// <summary>The resource types the strict profile refuses in a bundle: none of ConnectWise's samples shows them.</summary>
    private static readonly string[] UnverifiedResourceTypes = ["addition"];

    public ApiResult Answer(JsonNode? body, SimulatorApiMember member, string apiBaseUrl)
    {
        if (body is not JsonObject bundle || JsonPaths.Get(bundle, "requests") is not JsonArray requests)
        {
            throw ApiErrorException.Invalid("bundleRequestsCollection", new FieldError(
                "NullOrEmpty", "The requests field is required.", "bundleRequestsCollection", "requests"));
        }

        if (options.Profile == SimulatorProfile.Strict
            && requests.OfType<JsonObject>().Select(r => (string?)(JsonPaths.Get(r, "resourceType") as JsonValue))
                .FirstOrDefault(t => UnverifiedResourceTypes.Contains(t, StringComparer.OrdinalIgnoreCase)) is { } refused)
        {
            throw ApiErrorException.BadRequest($"The resourceType '{refused}' is not supported in a bundle.");
        }

        var results = new JsonArray();
        foreach (var request in requests.OfType<JsonObject>())
        {
            results.Add(Run(request, member, apiBaseUrl));
        }

        return new ApiResult(200, new JsonObject { ["results"] = results });
    }

    private JsonObject Run(JsonObject request, SimulatorApiMember member, string apiBaseUrl)
    {
        var resourceType = (string?)(JsonPaths.Get(request, "resourceType") as JsonValue) ?? "";
        var result = new JsonObject
        {
            ["sequenceNumber"] = JsonPaths.Get(request, "sequenceNumber")?.DeepClone(),
            ["resourceType"] = resourceType,
            ["version"] = JsonPaths.Get(request, "version")?.DeepClone(),
        };
        try
        {
            var resource = ResourceCatalog.ForObjectName(resourceType)
                ?? throw ApiErrorException.NotFound($"The resourceType '{resourceType}' is not supported.");
            if (!member.Has(resource.Permission))
            {
                throw new ApiErrorException(403, "Security", "You do not have security permission to perform this action.");
            }

            var apiRequest = JsonPaths.Get(request, "apiRequest") as JsonObject ?? [];
            var match = new RouteMatch(resource, Integer(apiRequest, "parentId"), Integer(apiRequest, "id"), false);
            var query = ListQuery.From(name => Parameter(apiRequest, name), forwardOnly: false, options.Profile);
            JsonArray entities;
            if (JsonPaths.Get(apiRequest, "entity") is JsonObject entity)
            {
                entities = [endpoints.Create(match with { Id = null }, entity, member, apiBaseUrl).Body];
                result["statusCode"] = 201;
            }
            else if (match.Id is not null)
            {
                entities = [endpoints.Get(match, query).Body];
                result["statusCode"] = 200;
            }
            else
            {
                entities = endpoints.Page(match, query);
                result["statusCode"] = 200;
            }

            result["count"] = entities.Count;
            result["entities"] = entities;
            result["success"] = true;
        }
        catch (ApiErrorException error)
        {
            result["entities"] = new JsonArray();
            result["count"] = 0;
            result["success"] = false;
            result["statusCode"] = error.Status;
            result["error"] = error.ToJson();
        }

        return result;
    }

    private static string? Parameter(JsonObject apiRequest, string name)
    {
        var path = name switch
        {
            "conditions" or "childConditions" or "customFieldConditions" or "orderBy" => $"filters/{name}",
            "page" or "pageSize" or "pageId" => $"page/{name}",
            _ => name,
        };
        var value = JsonPaths.Get(apiRequest, path);
        return value is JsonValue scalar && scalar.GetValueKind() != System.Text.Json.JsonValueKind.Null
            ? (scalar.GetValueKind() == System.Text.Json.JsonValueKind.String ? scalar.GetValue<string>() : scalar.ToJsonString())
            : null;
    }

    private static int? Integer(JsonObject apiRequest, string name) =>
        JsonPaths.TryGetInt(JsonPaths.Get(apiRequest, name), out var value) ? value : null;
}
