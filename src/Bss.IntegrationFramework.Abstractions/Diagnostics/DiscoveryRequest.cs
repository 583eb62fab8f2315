namespace Bss.IntegrationFramework;

/// <summary>What to discover.</summary>
/// <param name="Name">A lookup name or a server variable name.</param>
/// <param name="BssValues">BSS values to suggest matches for.</param>
public sealed record DiscoveryRequest(string Name, IReadOnlyList<string> BssValues);
