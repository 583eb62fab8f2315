using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A currency (<c>finance/currencies</c>). Every field is optional on reads.</summary>
public sealed record Currency
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the identifier, such as USD; max 10.</summary>
    [JsonProperty("currencyIdentifier")]
    public string? CurrencyIdentifier { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets the symbol.</summary>
    [JsonProperty("symbol")]
    public string? Symbol { get; init; }

    /// <summary>Gets the ISO currency code.</summary>
    [JsonProperty("currencyCode")]
    public Reference? CurrencyCode { get; init; }

    /// <summary>Gets whether it is inactive.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }
}
