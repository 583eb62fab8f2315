using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>An invoice (billing) status (<c>finance/billingStatuses</c>). Every field is optional on reads.</summary>
public sealed record BillingStatus
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the name, max 30.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets whether it is the default.</summary>
    [JsonProperty("defaultFlag")]
    public bool? DefaultFlag { get; init; }

    /// <summary>Gets whether invoices in this status are closed.</summary>
    [JsonProperty("closedFlag")]
    public bool? ClosedFlag { get; init; }

    /// <summary>Gets whether it is inactive.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }
}
