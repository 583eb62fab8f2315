namespace Bss.IntegrationFramework.Host.Plans;

/// <summary>A money plan of an instance: what a run would do to what customers are billed, kept until decided.</summary>
public sealed record SavedPlan
{
    /// <summary>Gets the plan id.</summary>
    public required long Id { get; init; }

    /// <summary>Gets the instance.</summary>
    public required long InstanceId { get; init; }

    /// <summary>Gets the run (dry run for <c>sync --plan</c>, the real run for changes held by the approval mode).</summary>
    public long? RunId { get; init; }

    /// <summary>Gets where the plan comes from: <c>plan</c> (sync --plan) or <c>held</c> (a run held the changes).</summary>
    public required string Origin { get; init; }

    /// <summary>Gets the state (<see cref="PlanStatus"/>).</summary>
    public required string Status { get; init; }

    /// <summary>Gets when the plan was computed.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Gets when it was last decided on, if it was.</summary>
    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>Gets the changes.</summary>
    public IReadOnlyList<PlanItem> Items { get; init; } = [];

    /// <summary>Gets the items still waiting.</summary>
    public IEnumerable<PlanItem> PendingItems => Items.Where(i => i.Status == PlanStatus.Pending);
}
