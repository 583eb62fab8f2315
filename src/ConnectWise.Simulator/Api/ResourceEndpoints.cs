using System.Text.Json.Nodes;
using ConnectWise.Simulator.Callbacks;
using ConnectWise.Simulator.Conditions;
using ConnectWise.Simulator.Resources;
using ConnectWise.Simulator.Schemas;
using ConnectWise.Simulator.Storage;
using Microsoft.AspNetCore.Http;

namespace ConnectWise.Simulator.Api;

/// <summary>The generic endpoints every resource of the table gets: list, count, get, POST, PUT, PATCH, DELETE.</summary>
internal sealed class ResourceEndpoints(SimulatorStore store, SchemaCatalog schemas, SimulatorOptions options, CallbackDispatcher? callbacks = null)
{
    private readonly RecordPreparer _preparer = new(store, schemas, options);

    /// <summary>The store the endpoints serve.</summary>
    public SimulatorStore Data => store;

    public ApiResult List(RouteMatch match, HttpRequest request, string apiBaseUrl)
    {
        var query = ListQuery.From(request);
        var rows = Filter(match, query);
        var url = new PageLinks(apiBaseUrl, match, request.Query, query.PageSize);
        var result = new ApiResult(200, null);
        List<JsonObject> page;
        if (query.ForwardOnly)
        {
            // Forward-only paging ignores page and orderBy: ids ascending, starting after pageId.
            var after = rows.Where(row => Id(row) > query.PageId).ToList();
            page = [.. after.Take(query.PageSize)];
            if (after.Count > query.PageSize)
            {
                result.Headers["Link"] = url.Next(Id(page[^1]));
            }
        }
        else
        {
            var sorted = OrderByTerm.Sort(rows, query.OrderBy).ToList();
            page = [.. sorted.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)];
            var links = url.Navigable(query.Page, sorted.Count);
            if (links.Length > 0)
            {
                result.Headers["Link"] = links;
            }
        }

        return result with { Body = new JsonArray([.. page.Select(row => (JsonNode)FieldSelector.Select(row, query.Fields).DeepClone())]) };
    }

    public ApiResult Count(RouteMatch match, HttpRequest request) => Count(match, ListQuery.From(request));

    public ApiResult Count(RouteMatch match, ListQuery query) =>
        new(200, new JsonObject { ["count"] = Filter(match, query).Count });

    public ApiResult Get(RouteMatch match, HttpRequest request) => Get(match, ListQuery.From(request));

    public ApiResult Get(RouteMatch match, ListQuery query) =>
        new(200, FieldSelector.Select(Existing(match), query.Fields).DeepClone());

    /// <summary>A page of a list without Link headers (for bundles).</summary>
    public JsonArray Page(RouteMatch match, ListQuery query)
    {
        var sorted = OrderByTerm.Sort(Filter(match, query), query.OrderBy);
        return new JsonArray([.. sorted.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .Select(row => (JsonNode)FieldSelector.Select(row, query.Fields).DeepClone())]);
    }

    public ApiResult Create(RouteMatch match, JsonNode? body, SimulatorApiMember member, string apiBaseUrl)
    {
        var resource = match.Resource;
        RequireParent(match);
        var record = _preparer.Prepare(resource, body, match.ParentId, apiBaseUrl);
        RefuseInvoicedDates(resource, null, record);
        _preparer.ApplyServerDefaults(resource, record);
        var outcome = store.TryInsert(resource.Route, record, resource.NaturalKey, member.Identifier, out var id, resource.NumberedField);
        ThrowIfDuplicate(outcome, resource, record);
        var created = store.Row(resource.Route, id)!;
        callbacks?.Notify(resource, "added", created, member.Identifier);
        return new ApiResult(201, created.DeepClone());
    }

    public ApiResult Replace(RouteMatch match, JsonNode? body, SimulatorApiMember member, string apiBaseUrl)
    {
        var resource = match.Resource;
        var replaced = Existing(match);
        var record = _preparer.Prepare(resource, body, match.ParentId, apiBaseUrl, replaced);
        RefuseInvoicedDates(resource, replaced, record);
        return Store(match, record, member);
    }

    public ApiResult Patch(RouteMatch match, JsonNode? body, SimulatorApiMember member, string apiBaseUrl)
    {
        var resource = match.Resource;
        var current = Existing(match);
        var (patched, touched) = PatchApplier.Apply(current, body, schemas.Rules(resource.SchemaName), resource.ObjectName, options.Profile);
        _preparer.NumberItems(resource, patched);
        _preparer.CheckPatched(resource, current, patched, touched, apiBaseUrl);
        RefuseInvoicedDates(resource, current, patched);

        return Store(match, patched, member);
    }

    public ApiResult Delete(RouteMatch match, SimulatorApiMember member)
    {
        if (!match.Resource.Deletable)
        {
            throw new ApiErrorException(405, "MethodNotAllowed", $"{match.Resource.ObjectName} records cannot be deleted.");
        }

        var deleted = Existing(match).DeepClone().AsObject();
        store.Remove(match.Resource.Route, match.Id!.Value);
        callbacks?.Notify(match.Resource, "deleted", deleted, member.Identifier);
        return ApiResult.NoContent();
    }

    private ApiResult Store(RouteMatch match, JsonObject record, SimulatorApiMember member)
    {
        var resource = match.Resource;
        var outcome = store.TryReplace(resource.Route, match.Id!.Value, record, resource.NaturalKey, member.Identifier);
        if (outcome == WriteOutcome.NotFound)
        {
            throw NotFound(match);
        }

        ThrowIfDuplicate(outcome, resource, record);
        var stored = store.Row(resource.Route, match.Id.Value)!;
        callbacks?.Notify(resource, "updated", stored, member.Identifier);
        return new ApiResult(200, stored.DeepClone());
    }

    private List<JsonObject> Filter(RouteMatch match, ListQuery query)
    {
        QueryFieldCheck.Validate(query, match.Resource, schemas);
        RequireParent(match);
        return [.. store.Rows(match.Resource.Route).Where(row =>
            BelongsToParent(match, row)
            && ConditionEvaluator.Matches(query.Conditions, row)
            && ConditionEvaluator.MatchesAnyElement(query.ChildConditions, row, arrayField: null)
            && ConditionEvaluator.MatchesAnyElement(query.CustomFieldConditions, row, "customFields"))];
    }

    private JsonObject Existing(RouteMatch match)
    {
        RequireParent(match);
        var row = match.Id is { } id ? store.Row(match.Resource.Route, id) : null;
        return row is not null && BelongsToParent(match, row) ? row : throw NotFound(match);
    }

    private void RequireParent(RouteMatch match)
    {
        if (match.ParentId is { } parentId && match.Resource.ParentRoute is { } parentRoute && store.Row(parentRoute, parentId) is null)
        {
            var parent = ResourceCatalog.Find(parentRoute);
            throw ApiErrorException.NotFound($"{parent?.ObjectName ?? parentRoute} with id {parentId} was not found.");
        }
    }

    private static bool BelongsToParent(RouteMatch match, JsonObject row) =>
        match.ParentId is not { } parentId || match.Resource.ParentLink is not { } link
        || (JsonPaths.TryGetInt(JsonPaths.Get(row, link), out var value) && value == parentId);

    private static void ThrowIfDuplicate(WriteOutcome outcome, ResourceDefinition resource, JsonObject record)
    {
        if (outcome == WriteOutcome.Duplicate)
        {
            var key = resource.NaturalKey!;
            throw ApiErrorException.Invalid(resource.ObjectName, new FieldError(
                "ObjectExists",
                $"The {key} '{JsonPaths.Get(record, key)}' is already in use by another {resource.ObjectName}.",
                resource.ObjectName,
                key));
        }
    }

    private void RefuseInvoicedDates(ResourceDefinition resource, JsonObject? before, JsonObject after)
    {
        if (string.Equals(resource.Route, InvoicedPeriodCheck.AdditionsRoute, StringComparison.Ordinal)
            && InvoicedPeriodCheck.Check(store, before, after).ToArray() is { Length: > 0 } errors)
        {
            throw ApiErrorException.Invalid(resource.ObjectName, errors);
        }
    }

    private static ApiErrorException NotFound(RouteMatch match) =>
        ApiErrorException.NotFound($"{match.Resource.ObjectName} with id {match.Id} was not found.");

    private static int Id(JsonObject row) => JsonPaths.TryGetInt(row["id"], out var id) ? id : 0;
}
