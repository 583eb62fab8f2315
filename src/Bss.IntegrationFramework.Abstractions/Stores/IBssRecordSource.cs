namespace Bss.IntegrationFramework;

/// <summary>Read access to the BSS's records, so a connector can push a missing dependency first.</summary>
public interface IBssRecordSource
{
    /// <summary>Finds a BSS record by id.</summary>
    /// <typeparam name="TRecord">The BSS entity type.</typeparam>
    /// <param name="id">The BSS id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <see langword="null"/> when the BSS has none with that id.</returns>
    Task<TRecord?> FindAsync<TRecord>(string id, CancellationToken cancellationToken = default)
        where TRecord : BssRecord;

    /// <summary>
    /// Tells when a BSS record last changed, so a merge can let the newer side win; hosts that do not keep the time
    /// answer <see langword="null"/> (the default), and the remote side is then taken as the newer.
    /// </summary>
    /// <typeparam name="TRecord">The entity type.</typeparam>
    /// <param name="id">The BSS id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>When the record last changed, or <see langword="null"/> when unknown.</returns>
    Task<DateTimeOffset?> FindChangedAtAsync<TRecord>(string id, CancellationToken cancellationToken = default)
        where TRecord : BssRecord => Task.FromResult<DateTimeOffset?>(null);
}
