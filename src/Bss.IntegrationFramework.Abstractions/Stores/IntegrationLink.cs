namespace Bss.IntegrationFramework;

/// <summary>The link between a BSS record and its remote record.</summary>
/// <param name="Module">The module.</param>
/// <param name="BssId">The BSS id.</param>
/// <param name="RemoteId">The remote id.</param>
/// <param name="PayloadHash">The hash of what was last pushed; equal hashes mean nothing to send.</param>
/// <param name="UpdatedAt">When the link was last written.</param>
public sealed record IntegrationLink(string Module, string BssId, string RemoteId, string? PayloadHash, DateTimeOffset UpdatedAt);
