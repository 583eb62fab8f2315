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
    where TRecord : BssRecord
{
    /// <summary>
    /// Gets what the two sides agree on after the pull merged the record, for the host to store on the link with the
    /// record; <see langword="null"/> when the connector does not merge (a new record is then linked without a hash).
    /// </summary>
    public AgreedState? Agreed { get; init; }

    /// <summary>
    /// Gets a value indicating whether the merge left the BSS record as it is: the host does not store the record and
    /// logs it Unchanged (an <see cref="Agreed"/> state that differs from the link is still stored).
    /// </summary>
    public bool Unchanged { get; init; }

    /// <summary>Gets the fields that changed on both sides since the last sync, and what was done about each.</summary>
    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];
}
