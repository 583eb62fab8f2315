using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A value of a ConnectWise setup table (company statuses, company types, …): an id, a name and flags.</summary>
public sealed record SetupTableValue
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the identifier, where the table has one (such as a country's ISO code).</summary>
    [JsonProperty("identifier")]
    public string? Identifier { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets whether the value is the default.</summary>
    [JsonProperty("defaultFlag")]
    public bool? DefaultFlag { get; init; }

    /// <summary>Gets whether the value is inactive.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }
}
