using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>A ConnectWise agreement (<c>finance/agreements</c>). Every field is optional on reads.</summary>
public sealed record Agreement
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the name; required, max 100.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets the agreement type; required.</summary>
    [JsonProperty("type")]
    public Reference? Type { get; init; }

    /// <summary>Gets the company; required.</summary>
    [JsonProperty("company")]
    public Reference? Company { get; init; }

    /// <summary>Gets the contact; required.</summary>
    [JsonProperty("contact")]
    public Reference? Contact { get; init; }

    /// <summary>Gets the start date.</summary>
    [JsonProperty("startDate")]
    public DateTimeOffset? StartDate { get; init; }

    /// <summary>Gets the end date.</summary>
    [JsonProperty("endDate")]
    public DateTimeOffset? EndDate { get; init; }

    /// <summary>Gets whether the agreement has no end.</summary>
    [JsonProperty("noEndingDateFlag")]
    public bool? NoEndingDateFlag { get; init; }

    /// <summary>Gets whether it is cancelled.</summary>
    [JsonProperty("cancelledFlag")]
    public bool? CancelledFlag { get; init; }

    /// <summary>Gets Active, Cancelled, Expired or Inactive.</summary>
    [JsonProperty("agreementStatus")]
    public string? AgreementStatus { get; init; }

    /// <summary>Gets Billable, DoNotBill, NoCharge or NoDefault.</summary>
    [JsonProperty("billTime")]
    public string? BillTime { get; init; }

    /// <summary>Gets Billable, DoNotBill, NoCharge or NoDefault.</summary>
    [JsonProperty("billExpenses")]
    public string? BillExpenses { get; init; }

    /// <summary>Gets Billable, DoNotBill, NoCharge or NoDefault.</summary>
    [JsonProperty("billProducts")]
    public string? BillProducts { get; init; }

    /// <summary>Gets Actual or Hourly.</summary>
    [JsonProperty("employeeCompRate")]
    public string? EmployeeCompRate { get; init; }

    /// <summary>Gets ContractYear or CalendarYear.</summary>
    [JsonProperty("invoicingCycle")]
    public string? InvoicingCycle { get; init; }

    /// <summary>Gets the billing cycle.</summary>
    [JsonProperty("billingCycle")]
    public Reference? BillingCycle { get; init; }

    /// <summary>Gets the day billing starts.</summary>
    [JsonProperty("billStartDate")]
    public DateTimeOffset? BillStartDate { get; init; }

    /// <summary>Gets whether a change inside a billing period is prorated.</summary>
    [JsonProperty("prorateFlag")]
    public bool? ProrateFlag { get; init; }

    /// <summary>Gets whether prorated additions go on the next invoice.</summary>
    [JsonProperty("invoiceProratedAdditionsFlag")]
    public bool? InvoiceProratedAdditionsFlag { get; init; }

    /// <summary>Gets the next invoice date (typed string in the spec).</summary>
    [JsonProperty("nextInvoiceDate")]
    public string? NextInvoiceDate { get; init; }

    /// <summary>Gets the currency.</summary>
    [JsonProperty("currency")]
    public Reference? Currency { get; init; }

    /// <summary>Gets the custom fields.</summary>
    [JsonProperty("customFields")]
    public IReadOnlyList<CustomFieldValue>? CustomFields { get; init; }

    /// <summary>Gets the metadata, such as <c>lastUpdated</c>.</summary>
    [JsonProperty("_info")]
    public IReadOnlyDictionary<string, string?>? Info { get; init; }
}
