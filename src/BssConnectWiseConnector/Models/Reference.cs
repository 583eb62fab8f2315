using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A reference to another ConnectWise record, as <c>{"id":n,"name":"…"}</c>; writes need only the id.</summary>
public sealed record Reference
{
    /// <summary>Initializes a new instance of the <see cref="Reference"/> class.</summary>
    public Reference()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="Reference"/> class.</summary>
    /// <param name="id">The referenced record's id.</param>
    public Reference(int id)
    {
        Id = id;
    }

    /// <summary>Gets the referenced record's id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the referenced record's identifier, where it has one (companies, members, catalog items).</summary>
    [JsonProperty("identifier")]
    public string? Identifier { get; init; }

    /// <summary>Gets the referenced record's name.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }
}
