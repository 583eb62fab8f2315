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
}
