using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>The body of a <c>system/bundles</c> request or response.</summary>
public sealed record BundleEnvelope
{
    /// <summary>Gets the requests (on the way out).</summary>
    [JsonProperty("requests")]
    public IReadOnlyList<BundleRequest>? Requests { get; init; }

    /// <summary>Gets the results (on the way back).</summary>
    [JsonProperty("results")]
    public IReadOnlyList<BundleResult>? Results { get; init; }
}
