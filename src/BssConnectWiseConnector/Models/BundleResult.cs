using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Models;

/// <summary>The result of one request of a <c>system/bundles</c> call; each has its own status.</summary>
public sealed record BundleResult
{
    /// <summary>Gets the request's position.</summary>
    [JsonProperty("sequenceNumber")]
    public int SequenceNumber { get; init; }

    /// <summary>Gets the resource type.</summary>
    [JsonProperty("resourceType")]
    public string? ResourceType { get; init; }

    /// <summary>Gets the API version the request was answered for.</summary>
    [JsonProperty("version")]
    public string? Version { get; init; }

    /// <summary>Gets the records read.</summary>
    [JsonProperty("entities")]
    public JArray? Entities { get; init; }

    /// <summary>Gets the count of records.</summary>
    [JsonProperty("count")]
    public int? Count { get; init; }

    /// <summary>Gets whether this request succeeded; the outer HTTP status does not tell.</summary>
    [JsonProperty("success")]
    public bool? Success { get; init; }

    /// <summary>Gets the request's HTTP status.</summary>
    [JsonProperty("statusCode")]
    public int? StatusCode { get; init; }

    /// <summary>
    /// Gets a value indicating whether this request succeeded: neither <see cref="Success"/> nor <see cref="StatusCode"/>
    /// says otherwise, and at least one of them says so. A contradiction counts as a failure, which costs a plain read.
    /// </summary>
    [JsonIgnore]
    public bool Succeeded => Success != false && (StatusCode is { } status ? status is >= 200 and < 300 : Success == true);

    /// <summary>Gets the request's error, if it failed.</summary>
    [JsonProperty("error")]
    public JObject? Error { get; init; }
}
