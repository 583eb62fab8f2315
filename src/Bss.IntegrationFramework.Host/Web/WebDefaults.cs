namespace Bss.IntegrationFramework.Host.Web;

// Public only because the settings pages' Razor components, which are always public, take it as a parameter.
/// <summary>Values the pages offer when a field is empty.</summary>
/// <param name="SimulatorSiteUrl">The embedded simulator's site, offered as the ConnectWise URL, if it runs.</param>
public sealed record WebDefaults(Uri? SimulatorSiteUrl);
