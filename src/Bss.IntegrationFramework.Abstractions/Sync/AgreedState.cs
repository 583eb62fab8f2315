namespace Bss.IntegrationFramework;

/// <summary>
/// What the two sides agree on after a pull merged a record: the link's new snapshot and payload hash, stored by the
/// host with the record in the same transaction, so the next push sends only what the BSS still has to give.
/// </summary>
/// <param name="Snapshot">The link's snapshot (the connector's opaque text).</param>
/// <param name="PayloadHash">
/// The link's payload hash: the record's fingerprint when nothing is left to push (the next push is Unchanged at no
/// request), or <see langword="null"/> when the next push has to compare and send what differs.
/// </param>
public sealed record AgreedState(string Snapshot, string? PayloadHash);
