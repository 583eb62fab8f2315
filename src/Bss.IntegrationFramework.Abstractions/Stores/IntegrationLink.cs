namespace Bss.IntegrationFramework;

/// <summary>The link between a BSS record and its remote record.</summary>
/// <param name="Module">The module.</param>
/// <param name="BssId">The BSS id.</param>
/// <param name="RemoteId">The remote id.</param>
/// <param name="PayloadHash">The hash of what was last pushed; equal hashes mean nothing to send.</param>
/// <param name="UpdatedAt">When the link was last written.</param>
/// <param name="Snapshot">
/// What was last pushed, as the connector serialized it, so the next push can send only the changed fields;
/// hosts store it as opaque text.
/// </param>
public sealed record IntegrationLink(string Module, string BssId, string RemoteId, string? PayloadHash, DateTimeOffset UpdatedAt, string? Snapshot = null);
