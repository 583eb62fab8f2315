namespace Bss.IntegrationFramework;

/// <summary>What happened to one pushed record, and why.</summary>
public sealed record PushResult
{
    /// <summary>Gets the module.</summary>
    public required string Module { get; init; }

    /// <summary>Gets the BSS id of the record.</summary>
    public required string BssId { get; init; }

    /// <summary>Gets the operation that was asked for.</summary>
    public required SyncOperation Operation { get; init; }

    /// <summary>Gets what happened.</summary>
    public required PushOutcome Outcome { get; init; }

    /// <summary>Gets the remote id, when the record is linked.</summary>
    public string? RemoteId { get; init; }

    /// <summary>Gets why it failed, for <see cref="PushOutcome.Failed"/>.</summary>
    public FailureKind? FailureKind { get; init; }

    /// <summary>Gets a sentence for the administrator: why it failed or was skipped, and the fix.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the fields changed (or, in a dry run, that would change).</summary>
    public IReadOnlyList<FieldChange> Changes { get; init; } = [];

    /// <summary>Gets what the record does to the customer's bill, for a record that bills (such as a subscription's seats).</summary>
    public BillingImpact? Billing { get; init; }

    /// <summary>Creates a failed result.</summary>
    /// <param name="module">The module.</param>
    /// <param name="bssId">The BSS id.</param>
    /// <param name="operation">The operation.</param>
    /// <param name="kind">The failure kind.</param>
    /// <param name="reason">Why, and the fix.</param>
    /// <param name="remoteId">The remote id, if linked.</param>
    /// <returns>The result.</returns>
    public static PushResult Failed(string module, string bssId, SyncOperation operation, FailureKind kind, string reason, string? remoteId = null) =>
        new()
        {
            Module = module,
            BssId = bssId,
            Operation = operation,
            Outcome = PushOutcome.Failed,
            FailureKind = kind,
            Reason = reason,
            RemoteId = remoteId,
        };
}
