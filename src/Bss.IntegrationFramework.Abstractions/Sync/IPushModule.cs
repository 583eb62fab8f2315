namespace Bss.IntegrationFramework;

/// <summary>Pushes BSS records of one module to the remote system.</summary>
/// <typeparam name="TRecord">The BSS entity type.</typeparam>
public interface IPushModule<TRecord>
    where TRecord : BssRecord
{
    /// <summary>
    /// Pushes a batch. Each record fails alone: the result list has exactly one entry per item, in order,
    /// and a record that cannot be pushed is reported with its failure kind and reason while the rest go on.
    /// </summary>
    /// <param name="items">The records and what happened to them in the BSS.</param>
    /// <param name="options">How to push (for example a dry run that writes nothing).</param>
    /// <param name="cancellationToken">Cancels the push; results already written are kept in the link store.</param>
    /// <returns>One result per item.</returns>
    Task<IReadOnlyList<PushResult>> PushAsync(
        IReadOnlyList<PushItem<TRecord>> items,
        PushOptions options,
        CancellationToken cancellationToken = default);
}
