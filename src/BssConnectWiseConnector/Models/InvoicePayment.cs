using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A payment of an invoice (<c>finance/invoices/{id}/payments</c>). Every field is optional on reads.</summary>
public sealed record InvoicePayment
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the payment type.</summary>
    [JsonProperty("type")]
    public string? Type { get; init; }

    /// <summary>Gets the invoice.</summary>
    [JsonProperty("invoice")]
    public Reference? Invoice { get; init; }

    /// <summary>Gets the amount.</summary>
    [JsonProperty("amount")]
    public decimal? Amount { get; init; }

    /// <summary>Gets the payment date.</summary>
    [JsonProperty("paymentDate")]
    public DateTimeOffset? PaymentDate { get; init; }

    /// <summary>Gets who applied it.</summary>
    [JsonProperty("appliedBy")]
    public string? AppliedBy { get; init; }

    /// <summary>Gets the metadata, such as <c>lastUpdated</c>.</summary>
    [JsonProperty("_info")]
    public IReadOnlyDictionary<string, string?>? Info { get; init; }
}
