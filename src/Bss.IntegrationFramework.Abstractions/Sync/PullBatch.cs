namespace Bss.IntegrationFramework;

/// <summary>One page of pulled records and the checkpoint to save once they are stored.</summary>
/// <typeparam name="TRecord">The BSS entity type.</typeparam>
/// <param name="Records">The records of the page.</param>
/// <param name="Checkpoint">The cursor to save after the records are stored.</param>
public sealed record PullBatch<TRecord>(IReadOnlyList<PulledRecord<TRecord>> Records, string? Checkpoint)
    where TRecord : BssRecord;
