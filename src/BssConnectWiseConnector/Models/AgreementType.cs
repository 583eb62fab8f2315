using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>An agreement type (<c>finance/agreements/types</c>), such as Managed Service. Every field is optional on reads.</summary>
public sealed record AgreementType
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets whether it is inactive.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }

    /// <summary>Gets whether it is the default.</summary>
    [JsonProperty("defaultFlag")]
    public bool? DefaultFlag { get; init; }
}
