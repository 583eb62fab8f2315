using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Benchmarks.Floor;

/// <summary>
/// A few of a company's fields: lighter than the connector's model on purpose, so the floor stays a lower bound
/// (Newtonsoft.Json skips the fields it does not name).
/// </summary>
internal sealed class FloorCompany
{
    public int Id { get; set; }

    public string? Identifier { get; set; }

    public string? Name { get; set; }

    public JObject? Status { get; set; }

    public JObject? Type { get; set; }

    public string? AddressLine1 { get; set; }

    public string? City { get; set; }

    public string? Zip { get; set; }

    public string? PhoneNumber { get; set; }

    [JsonProperty("_info")]
    public Dictionary<string, string?>? Info { get; set; }
}
