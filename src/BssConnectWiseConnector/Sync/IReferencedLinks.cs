using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// The links a push batch's records refer to (an account's parent and primary contact, a contact's account): read for
/// the whole batch when it is prepared, then found per record. Implemented by <c>BatchLinks</c>, which the module's
/// registration builds over the link store.
/// </summary>
internal interface IReferencedLinks
{
    /// <summary>Reads, in one call per module, the links a batch's records refer to; forgets the previous batch's.</summary>
    /// <param name="records">The batch's records.</param>
    /// <param name="references">The modules and BSS ids the records refer to.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A task that completes when they are read.</returns>
    Task PrepareAsync(IEnumerable<object> records, IEnumerable<(string Module, string? BssId)> references, CancellationToken cancellationToken);

    /// <summary>Finds the link of a record that a record refers to (from the batch read when the record is the batch's).</summary>
    /// <param name="referrer">The record that refers to it.</param>
    /// <param name="module">The module of the record referred to.</param>
    /// <param name="bssId">Its BSS id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The link, or <see langword="null"/> when it is not linked.</returns>
    Task<IntegrationLink?> FindAsync(object referrer, string module, string? bssId, CancellationToken cancellationToken);

    /// <summary>Finds, as <see cref="FindAsync"/> does, the ConnectWise id of a record that a record refers to.</summary>
    /// <returns>The id its link holds, or <see langword="null"/> when it is not linked (or its link holds no number).</returns>
    Task<int?> RemoteIdAsync(object referrer, string module, string? bssId, CancellationToken cancellationToken);
}
