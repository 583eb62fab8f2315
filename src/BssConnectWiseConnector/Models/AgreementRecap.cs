using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>
/// A row of <c>finance/agreementrecap</c>: an agreement's invoicing state. It names no agreement (that its id is the
/// agreement's is unverified), so it is matched by name and company name; its dates are typed string.
/// </summary>
public sealed record AgreementRecap
{
    /// <summary>Gets the recap's id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the agreement's name.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets the agreement's company name.</summary>
    [JsonProperty("companyName")]
    public string? CompanyName { get; init; }

    /// <summary>Gets the date of the last invoice, as ConnectWise writes it.</summary>
    [JsonProperty("lastInvoiceDate")]
    public string? LastInvoiceDate { get; init; }

    /// <summary>Gets the date of the next invoice, as ConnectWise writes it.</summary>
    [JsonProperty("nextInvoiceDate")]
    public string? NextInvoiceDate { get; init; }
}
