using System.Text.Json.Nodes;

namespace ConnectWise.Simulator.Api;

/// <summary>What an endpoint answers: a status, a JSON body (absent for 204) and extra headers.</summary>
internal sealed record ApiResult(int Status, JsonNode? Body)
{
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public bool HasBody { get; init; } = true;

    public static ApiResult NoContent() => new(204, null) { HasBody = false };
}
