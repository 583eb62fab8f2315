using Bss.IntegrationFramework.Host.Alerts;
using Microsoft.AspNetCore.Http;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// Reads the Alerts form of the instance's pages: a check box (<c>on.Condition</c>) and, where the condition has one,
/// a threshold field (<c>threshold.Condition</c>) per condition; the webhook's address, its secret (write-only: empty
/// keeps the stored one) and a check box that removes the webhook.
/// </summary>
internal static class AlertsForm
{
    /// <summary>The field of a condition's switch.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The field name.</returns>
    public static string OnField(AlertCondition condition) => "on." + condition;

    /// <summary>The field of a condition's threshold.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The field name.</returns>
    public static string ThresholdField(AlertCondition condition) => "threshold." + condition;

    /// <summary>Reads a submitted form as a change of the current settings.</summary>
    /// <param name="form">The form.</param>
    /// <param name="current">The settings now.</param>
    /// <returns>The change.</returns>
    public static AlertSettingsChange Read(IFormCollection form, AlertSettings current)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(current);
        var switches = AlertConditionInfo.All.ToDictionary(c => c.Condition, c => form.ContainsKey(OnField(c.Condition)));
        var thresholds = AlertConditionInfo.All
            .Where(c => c.ThresholdKind != AlertThresholdKind.None)
            .Select(c => (c.Condition, Value: form[ThresholdField(c.Condition)].ToString().Trim()))
            .Where(t => t.Value.Length > 0 && !string.Equals(t.Value, current.Of(t.Condition).Threshold, StringComparison.Ordinal))
            .ToDictionary(t => t.Condition, t => t.Value);
        var url = form["webhookUrl"].ToString().Trim();
        var secret = form["webhookSecret"].ToString();
        return new AlertSettingsChange
        {
            Switches = switches,
            Thresholds = thresholds,
            WebhookUrl = url.Length == 0 || string.Equals(url, current.WebhookUrl?.ToString(), StringComparison.Ordinal) ? null : url,
            WebhookSecret = secret.Length == 0 ? null : secret,
            RemoveWebhook = form.ContainsKey("removeWebhook"),
        };
    }
}
