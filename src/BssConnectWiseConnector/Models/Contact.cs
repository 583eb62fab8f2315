using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A ConnectWise contact (<c>company/contacts</c>). Every field is optional on reads.</summary>
public sealed record Contact
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the first name.</summary>
    [JsonProperty("firstName")]
    public string? FirstName { get; init; }

    /// <summary>Gets the last name.</summary>
    [JsonProperty("lastName")]
    public string? LastName { get; init; }

    /// <summary>Gets the company.</summary>
    [JsonProperty("company")]
    public Reference? Company { get; init; }

    /// <summary>Gets the job title.</summary>
    [JsonProperty("title")]
    public string? Title { get; init; }

    /// <summary>Gets whether the contact is inactive.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }

    /// <summary>Gets whether the contact is the company's default contact.</summary>
    [JsonProperty("defaultFlag")]
    public bool? DefaultFlag { get; init; }

    /// <summary>Gets the e-mail addresses and numbers.</summary>
    [JsonProperty("communicationItems")]
    public IReadOnlyList<ContactCommunicationItem>? CommunicationItems { get; init; }

    /// <summary>Gets the metadata, such as <c>lastUpdated</c>.</summary>
    [JsonProperty("_info")]
    public IReadOnlyDictionary<string, string?>? Info { get; init; }
}
