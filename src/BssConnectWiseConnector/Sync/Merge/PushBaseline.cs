using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>
/// What a module's push compares a record with, so that its pull can leave the link agreeing with what it merged:
/// the ConnectWise fields a link's snapshot holds, and the fingerprint the push recognises an unchanged record by.
/// The module builds it from its push's own members (<see cref="PullMergeFactory"/>), so the push knows nothing of
/// the merge.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
internal sealed class PushBaseline<TRecord>
    where TRecord : BssRecord
{
    private readonly Func<TRecord, CancellationToken, Task<string?>> _fingerprint;

    /// <summary>Initializes a new instance of the <see cref="PushBaseline{TRecord}"/> class.</summary>
    /// <param name="baselineFields">The ConnectWise fields a link's snapshot holds (the managed fields, and those written on create only).</param>
    /// <param name="fingerprint">Fingerprints a record as the push does (<see langword="null"/> when the push compares mapped payloads instead).</param>
    public PushBaseline(IReadOnlyList<string> baselineFields, Func<TRecord, CancellationToken, Task<string?>> fingerprint)
    {
        BaselineFields = baselineFields;
        _fingerprint = fingerprint;
    }

    /// <summary>Gets the ConnectWise fields a link's snapshot holds.</summary>
    public IReadOnlyList<string> BaselineFields { get; }

    /// <summary>Fingerprints a record as the push does.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The fingerprint, or <see langword="null"/> when the push compares mapped payloads instead.</returns>
    public Task<string?> FingerprintAsync(TRecord record, CancellationToken cancellationToken) => _fingerprint(record, cancellationToken);
}
