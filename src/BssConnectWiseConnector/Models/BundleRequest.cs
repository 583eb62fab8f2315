using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Models;

/// <summary>One request of a <c>system/bundles</c> call: several reads in one round trip.</summary>
public sealed record BundleRequest
{
    /// <summary>Gets the API version the request is written for.</summary>
    [JsonProperty("version")]
    public string Version { get; init; } = ConnectWiseDefaults.ApiVersion;

    /// <summary>Gets the position of the request; its result carries the same number.</summary>
    [JsonProperty("sequenceNumber")]
    public int SequenceNumber { get; init; }

    /// <summary>Gets the resource type, such as <c>Company</c>.</summary>
    [JsonProperty("resourceType")]
    public string ResourceType { get; init; } = string.Empty;

    /// <summary>Gets the API request: filters, page, fields, parent ids, entity.</summary>
    [JsonProperty("apiRequest")]
    public JObject ApiRequest { get; init; } = [];
}
