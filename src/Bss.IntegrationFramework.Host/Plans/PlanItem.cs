namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>One record's change in a plan, with the BSS state it was computed from.</summary>
public sealed record PlanItem
{
    /// <summary>Gets the module.</summary>
    public required string Module { get; init; }

    /// <summary>Gets the BSS id of the record.</summary>
    public required string BssId { get; init; }

    /// <summary>Gets the hash of the BSS record as it was when the plan was computed.</summary>
    public required string RecordHash { get; init; }

    /// <summary>Gets the outcome the run would have: Created or Updated.</summary>
    public required string Outcome { get; init; }

    /// <summary>Gets the money impact (customer, agreement, seats, money, date, reason and the remote basis).</summary>
    public required BillingImpact Billing { get; init; }

    /// <summary>Gets the item's state (<see cref="PlanStatus"/>).</summary>
    public string Status { get; init; } = PlanStatus.Pending;

    /// <summary>Gets the customer's name as the BSS has it, when known.</summary>
    public string? CustomerName { get; init; }
}
