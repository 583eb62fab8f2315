namespace Bss.IntegrationFramework;

/// <summary>One value a lookup or server variable can take.</summary>
/// <param name="Id">The remote id.</param>
/// <param name="Name">The remote name.</param>
/// <param name="Active">Whether the remote record is active.</param>
public sealed record DiscoveredValue(string Id, string Name, bool Active);
