using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A reference to an invoice (billing) status, which says whether the invoice is closed. Every field is optional on reads.</summary>
public sealed record BillingStatusReference
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets whether invoices in this status are closed.</summary>
    [JsonProperty("isClosed")]
    public bool? IsClosed { get; init; }
}
