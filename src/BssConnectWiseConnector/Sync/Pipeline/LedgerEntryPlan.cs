using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>A ledger entry to apply to its parent (a payment to its invoice): not linked yet, mapped and checked.</summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TEntry">The ConnectWise entry type.</typeparam>
/// <param name="Index">Its place in the batch.</param>
/// <param name="Item">The record and its operation.</param>
/// <param name="ParentId">The ConnectWise parent it is applied to.</param>
/// <param name="Payload">What is sent.</param>
/// <param name="Snapshot">The canonical JSON of what is sent, kept on the link.</param>
internal sealed record LedgerEntryPlan<TRecord, TEntry>(int Index, PushItem<TRecord> Item, int ParentId, TEntry Payload, PayloadSnapshot Snapshot)
    : PushPlan<TRecord>(Index, Item, null)
    where TRecord : BssRecord;
