using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>The ConnectWise id of a dependency, or why there is none.</summary>
/// <param name="RemoteId">The id, when linked.</param>
/// <param name="FailureKind">Why not, when failed.</param>
/// <param name="Reason">The reason, when failed.</param>
internal sealed record DependencyResolution(int? RemoteId, FailureKind? FailureKind, string? Reason)
{
    /// <summary>Gets the resolution of a dependency a dry run would create first.</summary>
    public static DependencyResolution Pending { get; } = new(null, null, null);

    /// <summary>A linked dependency.</summary>
    /// <param name="id">Its ConnectWise id.</param>
    /// <returns>The resolution.</returns>
    public static DependencyResolution Linked(int id) => new(id, null, null);

    /// <summary>A dependency that cannot be resolved.</summary>
    /// <param name="kind">Why.</param>
    /// <param name="reason">The reason.</param>
    /// <returns>The resolution.</returns>
    public static DependencyResolution Failed(FailureKind kind, string reason) => new(null, kind, reason);
}
