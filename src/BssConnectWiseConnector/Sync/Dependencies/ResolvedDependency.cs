using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Dependencies;

/// <summary>What a record a push depends on (an account, an invoice) resolved to: its ConnectWise id, or why there is none.</summary>
/// <param name="RemoteId">The ConnectWise id, when linked.</param>
/// <param name="FailureKind">Why the dependency is missing, when it is.</param>
/// <param name="Reason">The reason, with the fix.</param>
internal sealed record ResolvedDependency(int? RemoteId, FailureKind? FailureKind, string? Reason)
{
    /// <summary>Gets the resolution of a dependency a dry run would push first: no id yet, and nothing wrong.</summary>
    public static ResolvedDependency Pending { get; } = new(null, null, null);

    /// <summary>Gets the resolution of a dependency a record does not have (an account without a parent).</summary>
    public static ResolvedDependency None { get; } = new(null, null, null);

    /// <summary>A linked dependency.</summary>
    /// <param name="remoteId">The ConnectWise id.</param>
    /// <returns>The resolution.</returns>
    public static ResolvedDependency Linked(int remoteId) => new(remoteId, null, null);

    /// <summary>A dependency that could not be linked.</summary>
    /// <param name="kind">The failure kind.</param>
    /// <param name="reason">The reason, with the fix.</param>
    /// <returns>The resolution.</returns>
    public static ResolvedDependency Missing(FailureKind kind, string reason) => new(null, kind, reason);
}
