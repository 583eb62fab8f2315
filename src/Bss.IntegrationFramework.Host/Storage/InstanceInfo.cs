namespace Bss.IntegrationFramework.Host.Storage;

/// <summary>A connector instance the administrator activated.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Name">The instance name.</param>
/// <param name="Connector">The connector key (see <see cref="Plugins.ConnectorCatalog"/>).</param>
/// <param name="CreatedAt">When it was activated.</param>
internal sealed record InstanceInfo(long Id, string Name, string Connector, DateTimeOffset CreatedAt);
