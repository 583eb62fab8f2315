using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A custom field value of a record; found by caption, never by a hand-typed id. Every field is optional on reads.</summary>
public sealed record CustomFieldValue
{
    /// <summary>Gets the custom field's id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the caption.</summary>
    [JsonProperty("caption")]
    public string? Caption { get; init; }

    /// <summary>Gets the type, such as Text or Number.</summary>
    [JsonProperty("type")]
    public string? Type { get; init; }

    /// <summary>Gets the entry method.</summary>
    [JsonProperty("entryMethod")]
    public string? EntryMethod { get; init; }

    /// <summary>Gets the number of decimals.</summary>
    [JsonProperty("numberOfDecimals")]
    public int? NumberOfDecimals { get; init; }

    /// <summary>Gets the value (any JSON).</summary>
    [JsonProperty("value")]
    public object? Value { get; init; }
}
