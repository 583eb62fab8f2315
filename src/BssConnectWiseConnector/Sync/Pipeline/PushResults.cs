using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>Builds the results of a push, the same way for every module.</summary>
internal static class PushResults
{
    /// <summary>A result.</summary>
    /// <typeparam name="TRecord">The BSS record type.</typeparam>
    /// <param name="module">The module.</param>
    /// <param name="item">The record.</param>
    /// <param name="outcome">What happened.</param>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="reason">Why, when worth saying.</param>
    /// <param name="changes">The fields changed.</param>
    /// <returns>The result.</returns>
    public static PushResult Of<TRecord>(string module, PushItem<TRecord> item, PushOutcome outcome, string? remoteId, string? reason = null, IReadOnlyList<FieldChange>? changes = null)
        where TRecord : BssRecord =>
        new()
        {
            Module = module,
            BssId = item?.Record.Id ?? string.Empty,
            Operation = item?.Operation ?? SyncOperation.Update,
            Outcome = outcome,
            RemoteId = remoteId,
            Reason = reason,
            Changes = changes ?? [],
        };

    /// <summary>A failure.</summary>
    /// <typeparam name="TRecord">The BSS record type.</typeparam>
    /// <param name="module">The module.</param>
    /// <param name="item">The record.</param>
    /// <param name="kind">The failure kind.</param>
    /// <param name="reason">Why, with the fix.</param>
    /// <param name="remoteId">The remote id, if linked.</param>
    /// <returns>The result.</returns>
    public static PushResult Failed<TRecord>(string module, PushItem<TRecord> item, FailureKind kind, string reason, string? remoteId = null)
        where TRecord : BssRecord =>
        PushResult.Failed(module, item?.Record.Id ?? string.Empty, item?.Operation ?? SyncOperation.Update, kind, reason, remoteId);
}
