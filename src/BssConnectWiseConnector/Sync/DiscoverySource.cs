using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>Where the ConnectWise values of a lookup or server variable come from.</summary>
/// <param name="Name">The lookup or server variable name.</param>
/// <param name="Load">Reads the values (through the session's setup-table cache).</param>
internal sealed record DiscoverySource(string Name, Func<ModuleContext, CancellationToken, Task<IReadOnlyList<DiscoveredValue>>> Load);
