namespace Bss.IntegrationFramework.Host.Storage;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>What happened to one record in one run.</summary>
public sealed record RunResultRecord
{
    /// <summary>Gets the run.</summary>
    public required long RunId { get; init; }

    /// <summary>Gets the module.</summary>
    public required string Module { get; init; }

    /// <summary>Gets the BSS id.</summary>
    public required string BssId { get; init; }

    /// <summary>Gets the remote id, if linked.</summary>
    public string? RemoteId { get; init; }

    /// <summary>Gets the operation.</summary>
    public required string Operation { get; init; }

    /// <summary>Gets the outcome: a <see cref="PushOutcome"/>, <c>Quarantined</c>, or <c>Pulled</c>.</summary>
    public required string Outcome { get; init; }

    /// <summary>Gets the failure kind, if it failed.</summary>
    public string? FailureKind { get; init; }

    /// <summary>Gets the reason, if it failed or was skipped.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets how many times in a row the record has been tried.</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>Gets when it happened.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>Gets the fields changed (or that a dry run would change).</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>Gets what the record does to a customer's bill, when the connector says (kept in plans, not in the log).</summary>
    public BillingImpact? Billing { get; init; }

    /// <summary>Gets the hash of the BSS record as pushed, for records with a <see cref="Billing"/> (a plan's base).</summary>
    public string? RecordHash { get; init; }
}
