using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>One record of a batch pushed by natural key, mapped and changed since it was last sent.</summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <typeparam name="TPayload">What is sent.</typeparam>
/// <param name="Index">Its place in the batch.</param>
/// <param name="Item">The record and its operation.</param>
/// <param name="Link">Its link, if any.</param>
/// <param name="Payload">What is sent.</param>
/// <param name="NaturalKey">The key ConnectWise knows the record by.</param>
/// <param name="Snapshot">The canonical JSON of what is sent, kept on the link.</param>
/// <param name="Hash">The fingerprint or payload hash the link keeps to see the record unchanged next time.</param>
internal sealed record KeyedPlan<TRecord, TPayload>(int Index, PushItem<TRecord> Item, IntegrationLink? Link, TPayload Payload, string NaturalKey, PayloadSnapshot Snapshot, string Hash)
    : PushPlan<TRecord>(Index, Item, Link)
    where TRecord : BssRecord;
