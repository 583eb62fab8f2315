namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Values the pages offer when a field is empty.</summary>
/// <param name="SimulatorSiteUrl">The embedded simulator's site, offered as the ConnectWise URL, if it runs.</param>
internal sealed record WebDefaults(Uri? SimulatorSiteUrl);
