using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A company type given to a company (<c>company/companies/{id}/typeAssociations</c>). Every field is optional on reads.</summary>
public sealed record CompanyTypeAssociation
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the company type.</summary>
    [JsonProperty("type")]
    public Reference? Type { get; init; }

    /// <summary>Gets the company.</summary>
    [JsonProperty("company")]
    public Reference? Company { get; init; }
}
