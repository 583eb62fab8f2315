namespace Bss.IntegrationFramework.Host.Plugins;

/// <summary>A connector type found in a plugin.</summary>
/// <param name="Key">The name instances refer to it by: the plugin name, or <c>Plugin/Type</c> when a plugin has several.</param>
/// <param name="PluginName">The plugin folder's name.</param>
/// <param name="Type">The connector type, loaded in the plugin's own context.</param>
internal sealed record ConnectorDescriptor(string Key, string PluginName, Type Type);
