using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A ConnectWise invoice (<c>finance/invoices</c>). Every field is optional on reads.</summary>
public sealed record Invoice
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the invoice number, max 15.</summary>
    [JsonProperty("invoiceNumber")]
    public string? InvoiceNumber { get; init; }

    /// <summary>Gets Agreement, CreditMemo, DownPayment, Miscellaneous, Progress or Standard; required.</summary>
    [JsonProperty("type")]
    public string? Type { get; init; }

    /// <summary>Gets the invoice (billing) status.</summary>
    [JsonProperty("status")]
    public BillingStatusReference? Status { get; init; }

    /// <summary>Gets the company; required.</summary>
    [JsonProperty("company")]
    public Reference? Company { get; init; }

    /// <summary>Gets the company billed.</summary>
    [JsonProperty("billToCompany")]
    public Reference? BillToCompany { get; init; }

    /// <summary>Gets the invoice date.</summary>
    [JsonProperty("date")]
    public DateTimeOffset? Date { get; init; }

    /// <summary>Gets the due date.</summary>
    [JsonProperty("dueDate")]
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>Gets the reference, max 50.</summary>
    [JsonProperty("reference")]
    public string? Reference { get; init; }

    /// <summary>Gets the customer's purchase-order number, max 50.</summary>
    [JsonProperty("customerPO")]
    public string? CustomerPO { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonProperty("currency")]
    public Reference? Currency { get; init; }

    /// <summary>Gets the sales order.</summary>
    [JsonProperty("salesOrder")]
    public Reference? SalesOrder { get; init; }

    /// <summary>Gets the total.</summary>
    [JsonProperty("total")]
    public decimal? Total { get; init; }

    /// <summary>Gets the balance.</summary>
    [JsonProperty("balance")]
    public decimal? Balance { get; init; }

    /// <summary>Gets the payments applied.</summary>
    [JsonProperty("payments")]
    public decimal? Payments { get; init; }

    /// <summary>Gets the metadata, such as <c>lastUpdated</c>.</summary>
    [JsonProperty("_info")]
    public IReadOnlyDictionary<string, string?>? Info { get; init; }
}
