using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>
/// What a module's push compares a record with, so that its pull can leave the link agreeing with what it merged:
/// the ConnectWise fields a link's snapshot holds, and the fingerprint the push recognises an unchanged record by.
/// </summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
internal interface IPushBaseline<TRecord>
    where TRecord : BssRecord
{
    /// <summary>Gets the ConnectWise fields a link's snapshot holds (the managed fields, and those written on create only).</summary>
    IReadOnlyList<string> BaselineFields { get; }

    /// <summary>Fingerprints a record as the push does.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The fingerprint, or <see langword="null"/> when the push compares mapped payloads instead.</returns>
    Task<string?> FingerprintAsync(TRecord record, CancellationToken cancellationToken);
}
