namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>An instance's callbacks: what the host keeps and what ConnectWise has registered of ours.</summary>
/// <param name="Instance">The instance.</param>
/// <param name="ReceiverUrl">The address ConnectWise posts to, when enabled.</param>
/// <param name="Settings">The host's settings, when enabled.</param>
/// <param name="Registrations">Our registrations for the receiver.</param>
/// <param name="NotifiableModules">The modules the connector can be notified of.</param>
internal sealed record CallbackOverview(
    string Instance,
    Uri? ReceiverUrl,
    CallbackSettings? Settings,
    IReadOnlyList<NotificationRegistration> Registrations,
    IReadOnlyList<string> NotifiableModules);
