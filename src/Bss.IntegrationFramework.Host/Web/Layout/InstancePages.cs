namespace Bss.IntegrationFramework.Host.Web.Layout;

/// <summary>
/// The pages of an instance, in the order of its navigation. A new page is one line here, its component under
/// <c>Web/Pages</c> and its endpoints.
/// </summary>
internal static class InstancePages
{
    /// <summary>Gets the pages: the last segment of their path and their label.</summary>
    public static IReadOnlyList<(string Path, string Label)> All { get; } =
    [
        ("settings", "Settings"),
        ("options", "Synchronization options"),
        ("lookups", "Lookups"),
        ("check", "Check"),
        ("sync", "Sync"),
        ("report", "Connector report"),
        ("alerts", "Alerts"),
        ("callbacks", "Callbacks"),
        ("plan", "Plan"),
        ("link", "Link customer"),
    ];
}
