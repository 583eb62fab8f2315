using ConnectWise.Simulator.Resources;

namespace ConnectWise.Simulator.Api;

/// <summary>What an API path names: a resource, its parent's id, and an item id or the count.</summary>
internal sealed record RouteMatch(ResourceDefinition Resource, int? ParentId, int? Id, bool IsCount);
