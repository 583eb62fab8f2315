namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>A record that failed in a row, with when to retry it, or quarantined.</summary>
/// <param name="Module">The module.</param>
/// <param name="BssId">The BSS id.</param>
/// <param name="Attempts">Failed attempts in a row.</param>
/// <param name="FailureKind">The last failure kind.</param>
/// <param name="Reason">The last reason.</param>
/// <param name="NextAttemptAt">When the scheduler retries it.</param>
/// <param name="Quarantined">Whether it is no longer retried until resync.</param>
internal sealed record RecordFailure(string Module, string BssId, int Attempts, string? FailureKind, string? Reason, DateTimeOffset? NextAttemptAt, bool Quarantined);
