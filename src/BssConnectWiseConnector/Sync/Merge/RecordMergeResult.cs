using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>What a three-way merge of one record decided.</summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <param name="Merged">The BSS record to store: the BSS's with the ConnectWise values taken.</param>
/// <param name="Conflicts">The fields changed on both sides (and standing conflicts of a Report group), with what was done.</param>
/// <param name="Agrees">Whether nothing is left for the push to send: every field equals ConnectWise's or neither side changed it.</param>
/// <param name="Held">Whether a reported conflict stands: the push must leave the record alone until someone resolves it.</param>
/// <param name="RemoteChangedFields">The ConnectWise fields whose values changed since the base (or all, without one): the snapshot takes them.</param>
/// <param name="UsedNewest">Whether a conflict was decided by which side changed last.</param>
internal sealed record RecordMergeResult<TRecord>(
    TRecord Merged,
    IReadOnlyList<FieldConflict> Conflicts,
    bool Agrees,
    bool Held,
    IReadOnlySet<string> RemoteChangedFields,
    bool UsedNewest)
    where TRecord : BssRecord;
