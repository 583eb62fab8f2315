namespace Bss.IntegrationFramework;

/// <summary>Pulls remote records of one module as BSS records.</summary>
/// <typeparam name="TRecord">The BSS entity type.</typeparam>
public interface IPullModule<TRecord>
    where TRecord : BssRecord
{
    /// <summary>
    /// Reads every record, or only those changed since <see cref="PullRequest.Cursor"/>, one page at a time.
    /// The host stores each batch and then its <see cref="PullBatch{TRecord}.Checkpoint"/>, so an interrupted
    /// pull resumes where it stopped.
    /// </summary>
    /// <param name="request">Where to start.</param>
    /// <param name="cancellationToken">Cancels the pull between pages.</param>
    /// <returns>The batches, never more than one page in memory.</returns>
    IAsyncEnumerable<PullBatch<TRecord>> PullAsync(PullRequest request, CancellationToken cancellationToken = default);

    /// <summary>Reads one record by its remote id.</summary>
    /// <param name="remoteId">The remote id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The record, or <see langword="null"/> when the remote system has none with that id.</returns>
    Task<PulledRecord<TRecord>?> ReadAsync(string remoteId, CancellationToken cancellationToken = default);
}
