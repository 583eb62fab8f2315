using System.Text.Json.Nodes;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Api;

/// <summary>Applies <c>fields=id,name,status/id</c>: a copy of the record with only those paths.</summary>
internal static class FieldSelector
{
    public static JsonObject Select(JsonObject record, IReadOnlyList<string> fields)
    {
        if (fields.Count == 0)
        {
            return record;
        }

        var result = new JsonObject();
        foreach (var field in fields)
        {
            var value = JsonPaths.Get(record, field);
            if (value is not null)
            {
                JsonPaths.Set(result, field, value.DeepClone());
            }
        }

        return result;
    }
}
