using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A ConnectWise sales order (<c>sales/orders</c>). Every field is optional on reads.</summary>
public sealed record SalesOrder
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the company; required.</summary>
    [JsonProperty("company")]
    public Reference? Company { get; init; }

    /// <summary>Gets the contact.</summary>
    [JsonProperty("contact")]
    public Reference? Contact { get; init; }

    /// <summary>Gets the order status; required.</summary>
    [JsonProperty("status")]
    public Reference? Status { get; init; }

    /// <summary>Gets the sales representative; required.</summary>
    [JsonProperty("salesRep")]
    public Reference? SalesRep { get; init; }

    /// <summary>Gets the order date.</summary>
    [JsonProperty("orderDate")]
    public DateTimeOffset? OrderDate { get; init; }

    /// <summary>Gets the due date.</summary>
    [JsonProperty("dueDate")]
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>Gets the purchase-order number, max 50.</summary>
    [JsonProperty("poNumber")]
    public string? PoNumber { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonProperty("currency")]
    public Reference? Currency { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonProperty("description")]
    public string? Description { get; init; }

    /// <summary>Gets the notes.</summary>
    [JsonProperty("notes")]
    public string? Notes { get; init; }

    /// <summary>Gets the total.</summary>
    [JsonProperty("total")]
    public decimal? Total { get; init; }

    /// <summary>Gets the ids of its procurement products.</summary>
    [JsonProperty("productIds")]
    public IReadOnlyList<int>? ProductIds { get; init; }

    /// <summary>Gets the metadata, such as <c>lastUpdated</c>.</summary>
    [JsonProperty("_info")]
    public IReadOnlyDictionary<string, string?>? Info { get; init; }
}
