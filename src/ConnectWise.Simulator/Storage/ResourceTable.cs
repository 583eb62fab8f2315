using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Storage;

/// <summary>
/// The rows of one resource, by id. Rows are never changed in place once stored (a write stores a new object), so
/// a reader may keep the references it got under the store's lock.
/// </summary>
internal sealed class ResourceTable
{
    public SortedDictionary<int, JsonObject> Rows { get; } = [];

    public int NextId { get; set; } = 1;
}
