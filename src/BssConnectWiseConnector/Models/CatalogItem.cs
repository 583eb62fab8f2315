using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A ConnectWise catalog item (<c>procurement/catalog</c>). Every field is optional on reads.</summary>
public sealed record CatalogItem
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the product identifier (SKU); required, max 75.</summary>
    [JsonProperty("identifier")]
    public string? Identifier { get; init; }

    /// <summary>Gets the description; required, max 60.</summary>
    [JsonProperty("description")]
    public string? Description { get; init; }

    /// <summary>Gets the customer description; required, max 6000.</summary>
    [JsonProperty("customerDescription")]
    public string? CustomerDescription { get; init; }

    /// <summary>Gets whether the item is inactive.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }

    /// <summary>Gets the subcategory; required.</summary>
    [JsonProperty("subcategory")]
    public Reference? Subcategory { get; init; }

    /// <summary>Gets the product type; required.</summary>
    [JsonProperty("type")]
    public Reference? Type { get; init; }

    /// <summary>Gets Agreement, Bundle, Inventory, NonInventory or Service.</summary>
    [JsonProperty("productClass")]
    public string? ProductClass { get; init; }

    /// <summary>Gets the category.</summary>
    [JsonProperty("category")]
    public Reference? Category { get; init; }

    /// <summary>Gets the unit of measure.</summary>
    [JsonProperty("unitOfMeasure")]
    public Reference? UnitOfMeasure { get; init; }

    /// <summary>Gets the price.</summary>
    [JsonProperty("price")]
    public decimal? Price { get; init; }

    /// <summary>Gets the cost.</summary>
    [JsonProperty("cost")]
    public decimal? Cost { get; init; }

    /// <summary>Gets whether the item is taxable.</summary>
    [JsonProperty("taxableFlag")]
    public bool? TaxableFlag { get; init; }

    /// <summary>Gets whether the item is billed recurringly.</summary>
    [JsonProperty("recurringFlag")]
    public bool? RecurringFlag { get; init; }

    /// <summary>Gets the recurring bill cycle.</summary>
    [JsonProperty("recurringBillCycle")]
    public Reference? RecurringBillCycle { get; init; }

    /// <summary>Gets the recurring revenue.</summary>
    [JsonProperty("recurringRevenue")]
    public decimal? RecurringRevenue { get; init; }

    /// <summary>Gets the recurring cost.</summary>
    [JsonProperty("recurringCost")]
    public decimal? RecurringCost { get; init; }

    /// <summary>Gets Billable, DoNotBill, NoCharge or NoDefault.</summary>
    [JsonProperty("billableOption")]
    public string? BillableOption { get; init; }

    /// <summary>Gets the integration cross-reference, max 50.</summary>
    [JsonProperty("integrationXRef")]
    public string? IntegrationXRef { get; init; }

    /// <summary>Gets the metadata, such as <c>lastUpdated</c>.</summary>
    [JsonProperty("_info")]
    public IReadOnlyDictionary<string, string?>? Info { get; init; }
}
