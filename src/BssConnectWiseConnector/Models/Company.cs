using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A ConnectWise company (<c>company/companies</c>). Every field is optional on reads.</summary>
public sealed record Company
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the identifier (the Company ID shown in Manage); required, unique.</summary>
    [JsonProperty("identifier")]
    public string? Identifier { get; init; }

    /// <summary>Gets the name; required.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets the status.</summary>
    [JsonProperty("status")]
    public Reference? Status { get; init; }

    /// <summary>Gets the types; accepted on create only, later changed through type associations.</summary>
    [JsonProperty("types")]
    public IReadOnlyList<Reference>? Types { get; init; }

    /// <summary>Gets the first address line.</summary>
    [JsonProperty("addressLine1")]
    public string? AddressLine1 { get; init; }

    /// <summary>Gets the second address line.</summary>
    [JsonProperty("addressLine2")]
    public string? AddressLine2 { get; init; }

    /// <summary>Gets the city.</summary>
    [JsonProperty("city")]
    public string? City { get; init; }

    /// <summary>Gets the state.</summary>
    [JsonProperty("state")]
    public string? State { get; init; }

    /// <summary>Gets the postal code.</summary>
    [JsonProperty("zip")]
    public string? Zip { get; init; }

    /// <summary>Gets the country.</summary>
    [JsonProperty("country")]
    public Reference? Country { get; init; }

    /// <summary>Gets the phone number.</summary>
    [JsonProperty("phoneNumber")]
    public string? PhoneNumber { get; init; }

    /// <summary>Gets the fax number.</summary>
    [JsonProperty("faxNumber")]
    public string? FaxNumber { get; init; }

    /// <summary>Gets the web site.</summary>
    [JsonProperty("website")]
    public string? Website { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonProperty("currency")]
    public Reference? Currency { get; init; }

    /// <summary>Gets the parent company.</summary>
    [JsonProperty("parentCompany")]
    public Reference? ParentCompany { get; init; }

    /// <summary>Gets the default contact.</summary>
    [JsonProperty("defaultContact")]
    public Reference? DefaultContact { get; init; }

    /// <summary>Gets whether the company is deleted.</summary>
    [JsonProperty("deletedFlag")]
    public bool? DeletedFlag { get; init; }

    /// <summary>Gets the metadata, such as <c>lastUpdated</c>.</summary>
    [JsonProperty("_info")]
    public IReadOnlyDictionary<string, string?>? Info { get; init; }
}
