using Bss.IntegrationFramework.Host.Alerts;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>Writes the alerts a run raised or closed, after its totals.</summary>
internal static class AlertChangeWriter
{
    /// <summary>Writes the changes, one line each (nothing when there are none).</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="changes">The alerts raised or closed.</param>
    public static void Write(TextWriter output, IReadOnlyList<AlertChange> changes)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            var alert = change.Alert;
            var title = string.IsNullOrEmpty(alert.Subject) ? alert.Condition.ToString() : $"{alert.Condition} ({alert.Subject})";
            output.WriteLine(change.Event == AlertEvents.Raised
                ? $"Alert raised: {title}: {alert.Message} Fix: {alert.Fix}"
                : $"Alert closed: {title}: the cause is gone.");
        }
    }
}
