namespace Bss.IntegrationFramework.Host.Storage;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>A connector instance the administrator activated.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Name">The instance name.</param>
/// <param name="Connector">The connector key (see <see cref="Plugins.ConnectorCatalog"/>).</param>
/// <param name="CreatedAt">When it was activated.</param>
public sealed record InstanceInfo(long Id, string Name, string Connector, DateTimeOffset CreatedAt);
