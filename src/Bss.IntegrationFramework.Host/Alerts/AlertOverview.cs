using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>What an instance's alerts look like now: the open ones, the latest closed, and the settings.</summary>
/// <param name="Open">The open alerts, oldest first.</param>
/// <param name="RecentlyClosed">The latest closed alerts, newest first.</param>
/// <param name="Settings">The settings.</param>
internal sealed record AlertOverview(IReadOnlyList<AlertRecord> Open, IReadOnlyList<AlertRecord> RecentlyClosed, AlertSettings Settings)
{
    /// <summary>How many closed alerts are shown.</summary>
    public const int ClosedShown = 10;

    /// <summary>Loads the overview of an instance.</summary>
    /// <param name="services">The host services.</param>
    /// <param name="instance">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The overview.</returns>
    public static async Task<AlertOverview> LoadAsync(HostServices services, InstanceInfo instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(instance);
        var settings = await services.Alerts.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var open = await services.Alerts.GetOpenAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var recent = await services.Alerts.GetRecentAsync(instance.Id, ClosedShown + open.Count, cancellationToken).ConfigureAwait(false);
        return new AlertOverview(open, [.. recent.Where(a => !a.IsOpen).Take(ClosedShown)], settings);
    }

    /// <summary>Gets an alert's title: its condition, and its subject when it has one.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>The title, such as <c>PermissionMissing (Accounts)</c>.</returns>
    public static string Title(AlertRecord alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return string.IsNullOrEmpty(alert.Subject) ? alert.Condition.ToString() : $"{alert.Condition} ({alert.Subject})";
    }
}
