using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>
/// A ConnectWise callback registration (<c>system/callbacks</c>; the fields of the generated clients'
/// <c>CallbackEntry</c>, e.g. ConnectWiseManageAPI's <c>New-CWMCallbackEntry</c>). Every field is optional on reads.
/// </summary>
public sealed record CallbackEntry
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the description (at most 100 characters); ours start with <c>BssConnectWiseConnector</c>.</summary>
    [JsonProperty("description")]
    public string? Description { get; init; }

    /// <summary>Gets the address ConnectWise posts to; it appends the record id to it.</summary>
    [JsonProperty("url")]
    public string? Url { get; init; }

    /// <summary>Gets the object the level refers to (1 with level <c>owner</c>: every record).</summary>
    [JsonProperty("objectId")]
    public int? ObjectId { get; init; }

    /// <summary>Gets the kind of record, e.g. <c>company</c>.</summary>
    [JsonProperty("type")]
    public string? Type { get; init; }

    /// <summary>Gets the level, e.g. <c>owner</c>.</summary>
    [JsonProperty("level")]
    public string? Level { get; init; }

    /// <summary>Gets whether ConnectWise stopped sending it.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }

    /// <summary>Gets whether the registering member's own writes are left out.</summary>
    [JsonProperty("isSelfSuppressedFlag")]
    public bool? IsSelfSuppressedFlag { get; init; }
}
