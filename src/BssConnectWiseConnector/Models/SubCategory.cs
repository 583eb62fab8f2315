using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A product subcategory (<c>procurement/subcategories</c>), which belongs to one category. Every field is optional on reads.</summary>
public sealed record SubCategory
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets the category it belongs to.</summary>
    [JsonProperty("category")]
    public Reference? Category { get; init; }

    /// <summary>Gets whether it is inactive.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }
}
