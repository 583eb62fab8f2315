using Newtonsoft.Json;

namespace BssConnectWiseConnector.Models;

/// <summary>An agreement type (<c>finance/agreements/types</c>), such as Managed Service. Every field is optional on reads.</summary>
public sealed record AgreementType
{
    /// <summary>Gets the id.</summary>
    [JsonProperty("id")]
    public int? Id { get; init; }

    /// <summary>Gets the name.</summary>
    [JsonProperty("name")]
    public string? Name { get; init; }

    /// <summary>Gets whether it is inactive.</summary>
    [JsonProperty("inactiveFlag")]
    public bool? InactiveFlag { get; init; }

    /// <summary>Gets whether it is the default.</summary>
    [JsonProperty("defaultFlag")]
    public bool? DefaultFlag { get; init; }

    /// <summary>Gets Billable, DoNotBill, NoCharge or NoDefault: what new agreements of the type take.</summary>
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
}
