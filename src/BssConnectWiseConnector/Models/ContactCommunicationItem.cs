using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A communication item of a contact: an e-mail address, phone or fax number. Every field is optional on reads.</summary>
public sealed record ContactCommunicationItem
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the communication type, such as Email, Direct or Mobile.</summary>
    [JsonProperty("type")]
    public Reference? Type { get; init; }

    /// <summary>Gets the address or number.</summary>
    [JsonProperty("value")]
    public string? Value { get; init; }

    /// <summary>Gets the phone extension.</summary>
    [JsonProperty("extension")]
    public string? Extension { get; init; }

    /// <summary>Gets whether it is the default of its kind.</summary>
    [JsonProperty("defaultFlag")]
    public bool? DefaultFlag { get; init; }

    /// <summary>Gets Email, Phone or Fax.</summary>
    [JsonProperty("communicationType")]
    public string? CommunicationType { get; init; }
}
