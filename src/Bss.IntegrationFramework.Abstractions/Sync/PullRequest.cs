namespace Bss.IntegrationFramework;

/// <summary>Where a pull starts.</summary>
/// <param name="Cursor">The checkpoint saved after the last stored batch, or <see langword="null"/> for a full read.</param>
public sealed record PullRequest(string? Cursor);
