using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>An agreement addition (<c>finance/agreements/{id}/additions</c>): seats of a product on an agreement. Every field is optional on reads.</summary>
public sealed record Addition
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the catalog item; required.</summary>
    [JsonProperty("product")]
    public Reference? Product { get; init; }

    /// <summary>Gets the seats.</summary>
    [JsonProperty("quantity")]
    public decimal? Quantity { get; init; }

    /// <summary>Gets the seats included in the agreement.</summary>
    [JsonProperty("lessIncluded")]
    public decimal? LessIncluded { get; init; }

    /// <summary>Gets the price per seat.</summary>
    [JsonProperty("unitPrice")]
    public decimal? UnitPrice { get; init; }

    /// <summary>Gets the cost per seat.</summary>
    [JsonProperty("unitCost")]
    public decimal? UnitCost { get; init; }

    /// <summary>Gets Billable, DoNotBill or NoCharge; required.</summary>
    [JsonProperty("billCustomer")]
    public string? BillCustomer { get; init; }

    /// <summary>Gets the first billed day.</summary>
    [JsonProperty("effectiveDate")]
    public DateTimeOffset? EffectiveDate { get; init; }

    /// <summary>Gets the day it was cancelled.</summary>
    [JsonProperty("cancelledDate")]
    public DateTimeOffset? CancelledDate { get; init; }

    /// <summary>Gets whether it is taxable.</summary>
    [JsonProperty("taxableFlag")]
    public bool? TaxableFlag { get; init; }

    /// <summary>Gets the description.</summary>
    [JsonProperty("description")]
    public string? Description { get; init; }

    /// <summary>Gets the invoice description, max 6000.</summary>
    [JsonProperty("invoiceDescription")]
    public string? InvoiceDescription { get; init; }

    /// <summary>Gets the agreement's id.</summary>
    [JsonProperty("agreementId")]
    public int? AgreementId { get; init; }

    /// <summary>Gets the custom fields.</summary>
    [JsonProperty("customFields")]
    public IReadOnlyList<CustomFieldValue>? CustomFields { get; init; }

    /// <summary>Gets the metadata, such as <c>lastUpdated</c>.</summary>
    [JsonProperty("_info")]
    public IReadOnlyDictionary<string, string?>? Info { get; init; }
}
