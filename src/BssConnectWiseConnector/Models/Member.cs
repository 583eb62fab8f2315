using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A ConnectWise member (<c>system/members</c>). Every field is optional on reads.</summary>
public sealed record Member
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the login id.</summary>
    [JsonProperty("identifier")]
    public string? Identifier { get; init; }

    /// <summary>Gets the first name.</summary>
    [JsonProperty("firstName")]
    public string? FirstName { get; init; }

    /// <summary>Gets the last name.</summary>
    [JsonProperty("lastName")]
    public string? LastName { get; init; }

    /// <summary>Gets whether the member is inactive.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }

    /// <summary>Gets F (full), A (API), C or X.</summary>
    [JsonProperty("licenseClass")]
    public string? LicenseClass { get; init; }

    /// <summary>Gets the security role.</summary>
    [JsonProperty("securityRole")]
    public Reference? SecurityRole { get; init; }
}
