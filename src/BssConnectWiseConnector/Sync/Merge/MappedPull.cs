using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync.Merge;

/// <summary>A ConnectWise record mapped to BSS shape, and the fields it holds that the BSS cannot name (a reference not linked yet).</summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
/// <param name="Record">The record.</param>
/// <param name="Unresolved">The merge fields the mapping could not express: a pull never touches them.</param>
internal sealed record MappedPull<TRecord>(TRecord Record, IReadOnlySet<string> Unresolved)
    where TRecord : BssRecord;
