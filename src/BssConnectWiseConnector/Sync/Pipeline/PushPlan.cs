using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Pipeline;

/// <summary>One record of a batch that planning found something to write for; each kind of write adds what it needs.</summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <param name="Index">Its place in the batch, where its result goes.</param>
/// <param name="Item">The record and its operation.</param>
/// <param name="Link">Its link, if any.</param>
internal abstract record PushPlan<TRecord>(int Index, PushItem<TRecord> Item, IntegrationLink? Link)
    where TRecord : BssRecord;
