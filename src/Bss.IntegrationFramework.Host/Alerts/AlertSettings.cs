using System.Globalization;
using Bss.IntegrationFramework.Host.Cli;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>An instance's alert settings: every condition with its switch and threshold, and the webhook.</summary>
/// <param name="Conditions">Every condition, in the order of <see cref="AlertConditionInfo.All"/>.</param>
/// <param name="WebhookUrl">The webhook's address, or <see langword="null"/> when alerts go to the run log and the pages only.</param>
/// <param name="WebhookSecretSet">Whether a signing secret is set (its value is never shown).</param>
internal sealed record AlertSettings(IReadOnlyList<AlertConditionSetting> Conditions, Uri? WebhookUrl, bool WebhookSecretSet)
{
    /// <summary>Gets the setting of a condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The setting.</returns>
    public AlertConditionSetting Of(AlertCondition condition) => Conditions.First(c => c.Condition == condition);

    /// <summary>Gets the count threshold of a condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The count.</returns>
    public int CountThreshold(AlertCondition condition) =>
        int.Parse(Of(condition).Threshold ?? AlertConditionInfo.Of(condition).DefaultThreshold!, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Gets the duration threshold of a condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The duration.</returns>
    public TimeSpan DurationThreshold(AlertCondition condition) =>
        ScheduleCommand.ParseInterval(Of(condition).Threshold ?? AlertConditionInfo.Of(condition).DefaultThreshold!);

    /// <summary>Checks a threshold typed for a condition.</summary>
    /// <param name="info">The condition.</param>
    /// <param name="threshold">The text typed.</param>
    /// <returns>The threshold as stored.</returns>
    /// <exception cref="HostException">The condition has no threshold, or the text is not one.</exception>
    public static string ValidateThreshold(AlertConditionInfo info, string threshold)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(threshold);
        var trimmed = threshold.Trim();
        switch (info.ThresholdKind)
        {
            case AlertThresholdKind.Count when int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 0:
                return count.ToString(CultureInfo.InvariantCulture);
            case AlertThresholdKind.Count:
                throw new HostException($"The threshold of {info.Condition} is a number of failed records (0 or more), not '{threshold}'.");
            case AlertThresholdKind.Duration:
                ScheduleCommand.ParseInterval(trimmed);
                return trimmed;
            default:
                throw new HostException($"{info.Condition} has no threshold; switch it on or off.");
        }
    }
}
