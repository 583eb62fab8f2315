namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>An alert a run raised or closed.</summary>
/// <param name="Event">What happened: <see cref="AlertEvents.Raised"/> or <see cref="AlertEvents.Closed"/>.</param>
/// <param name="Alert">The alert as it is now.</param>
internal sealed record AlertChange(string Event, AlertRecord Alert);
