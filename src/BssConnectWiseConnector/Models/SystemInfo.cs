using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>The answer of <c>system/info</c>: the site's version. Every field is optional on reads.</summary>
public sealed record SystemInfo
{
    /// <summary>Gets the version.</summary>
    [JsonProperty("version")]
    public string? Version { get; init; }

    /// <summary>Gets whether ConnectWise hosts the site.</summary>
    [JsonProperty("isCloud")]
    public bool? IsCloud { get; init; }

    /// <summary>Gets the server's time zone.</summary>
    [JsonProperty("serverTimeZone")]
    public string? ServerTimeZone { get; init; }

    /// <summary>Gets the cloud region.</summary>
    [JsonProperty("cloudRegion")]
    public string? CloudRegion { get; init; }
}
