namespace Bss.IntegrationFramework;

/// <summary>One pulled record.</summary>
/// <typeparam name="TRecord">The BSS entity type.</typeparam>
/// <param name="Record">
/// The record in BSS shape. Its <see cref="BssRecord.Id"/> is the linked BSS id, or empty when the BSS does not
/// have the record yet (the host assigns an id and stores the link).
/// </param>
/// <param name="RemoteId">The remote id.</param>
/// <param name="Deleted">Whether the remote system marks the record deleted.</param>
public sealed record PulledRecord<TRecord>(TRecord Record, string RemoteId, bool Deleted)
    where TRecord : BssRecord;
