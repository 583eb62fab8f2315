using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>The public answer of <c>login/companyinfo/{companyId}</c>.</summary>
public sealed record CompanyInfo
{
    /// <summary>Gets the company's name.</summary>
    [JsonProperty("CompanyName")]
    public string? CompanyName { get; init; }

    /// <summary>Gets the codebase, such as <c>v2025_1/</c>.</summary>
    [JsonProperty("Codebase")]
    public string? Codebase { get; init; }

    /// <summary>Gets the version code, such as <c>v2025.1</c>.</summary>
    [JsonProperty("VersionCode")]
    public string? VersionCode { get; init; }

    /// <summary>Gets the company id.</summary>
    [JsonProperty("CompanyID")]
    public string? CompanyId { get; init; }

    /// <summary>Gets whether the site is hosted by ConnectWise.</summary>
    [JsonProperty("IsCloud")]
    public bool? IsCloud { get; init; }
}
