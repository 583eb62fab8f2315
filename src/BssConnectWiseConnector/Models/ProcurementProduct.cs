using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A procurement product (<c>procurement/products</c>): a line of a sales order or an invoice. Every field is optional on reads.</summary>
public sealed record ProcurementProduct
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the catalog item.</summary>
    [JsonProperty("catalogItem")]
    public Reference? CatalogItem { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonProperty("description")]
    public string? Description { get; init; }

    /// <summary>Gets the quantity.</summary>
    [JsonProperty("quantity")]
    public decimal? Quantity { get; init; }

    /// <summary>Gets the unit price.</summary>
    [JsonProperty("price")]
    public decimal? Price { get; init; }

    /// <summary>Gets the unit cost.</summary>
    [JsonProperty("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Gets Billable, DoNotBill, NoCharge or NoDefault.</summary>
    [JsonProperty("billableOption")]
    public string? BillableOption { get; init; }

    /// <summary>Gets the sales order it belongs to.</summary>
    [JsonProperty("salesOrder")]
    public Reference? SalesOrder { get; init; }

    /// <summary>Gets the invoice it belongs to.</summary>
    [JsonProperty("invoice")]
    public Reference? Invoice { get; init; }

    /// <summary>Gets the company.</summary>
    [JsonProperty("company")]
    public Reference? Company { get; init; }

    /// <summary>Gets the line's position.</summary>
    [JsonProperty("sequenceNumber")]
    public decimal? SequenceNumber { get; init; }

    /// <summary>Gets the customer description.</summary>
    [JsonProperty("customerDescription")]
    public string? CustomerDescription { get; init; }

    /// <summary>Gets the metadata, such as <c>lastUpdated</c>.</summary>
    [JsonProperty("_info")]
    public IReadOnlyDictionary<string, string?>? Info { get; init; }
}
