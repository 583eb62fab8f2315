using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>Checks and stores a change to an instance's alert settings: every problem at once, nothing stored unless all is valid.</summary>
/// <param name="services">The host services.</param>
internal sealed class AlertSettingsEditor(HostServices services)
{
    /// <summary>The shortest signing secret accepted.</summary>
    public const int MinimumSecretLength = 16;

    /// <summary>Finds every problem of a change, by the field it concerns.</summary>
    /// <param name="change">The change.</param>
    /// <param name="current">The settings now.</param>
    /// <returns>The problems (field, message); empty when the change can be stored.</returns>
    public IReadOnlyList<(string Field, string Message)> Validate(AlertSettingsChange change, AlertSettings current)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(current);
        var problems = new List<(string, string)>();
        foreach (var (condition, threshold) in change.Thresholds)
        {
            try
            {
                AlertSettings.ValidateThreshold(AlertConditionInfo.Of(condition), threshold);
            }
            catch (HostException ex)
            {
                problems.Add((condition.ToString(), ex.Message));
            }
        }

        if (change.RemoveWebhook && (change.WebhookUrl is not null || change.WebhookSecret is not null))
        {
            problems.Add(("webhookUrl", "Removing the webhook cannot go with a new address or secret."));
        }

        if (change.WebhookUrl is not null)
        {
            try
            {
                WebhookAddress.Parse(change.WebhookUrl, services.AllowLoopbackHttp);
            }
            catch (HostException ex)
            {
                problems.Add(("webhookUrl", ex.Message));
            }
        }

        if (change.WebhookSecret is not null)
        {
            services.Redactor.Add(change.WebhookSecret);
            if (!ServerVariableValues.IsEnvironmentReference(change.WebhookSecret) && change.WebhookSecret.Trim().Length < MinimumSecretLength)
            {
                problems.Add(("webhookSecret", $"The webhook secret is too short: use at least {MinimumSecretLength} characters (or env:VARIABLE)."));
            }
            else if (change.WebhookUrl is null && current.WebhookUrl is null)
            {
                problems.Add(("webhookSecret", "There is no webhook yet: give its address with the secret."));
            }
        }

        return problems;
    }

    /// <summary>Stores a change, or stores nothing and throws when it has a problem.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="change">The change.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The settings after the change.</returns>
    /// <exception cref="HostException">The change has problems (all named).</exception>
    public async Task<AlertSettings> ApplyAsync(InstanceInfo instance, AlertSettingsChange change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(change);
        var current = await services.Alerts.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var problems = Validate(change, current);
        if (problems.Count > 0)
        {
            throw new HostException(string.Join(" ", problems.Select(p => p.Message)));
        }

        foreach (var condition in change.Switches.Keys.Concat(change.Thresholds.Keys).Distinct())
        {
            var setting = current.Of(condition);
            var enabled = change.Switches.TryGetValue(condition, out var on) ? on : setting.Enabled;
            var threshold = change.Thresholds.TryGetValue(condition, out var typed) ? AlertSettings.ValidateThreshold(AlertConditionInfo.Of(condition), typed) : setting.Threshold;
            await services.Alerts.SetConditionAsync(instance.Id, new AlertConditionSetting(condition, enabled, threshold), cancellationToken).ConfigureAwait(false);
        }

        if (change.RemoveWebhook)
        {
            await services.Alerts.SetWebhookAsync(instance.Id, null, null, cancellationToken).ConfigureAwait(false);
        }
        else if (change.WebhookUrl is not null || change.WebhookSecret is not null)
        {
            var url = change.WebhookUrl is null ? current.WebhookUrl : WebhookAddress.Parse(change.WebhookUrl, services.AllowLoopbackHttp);
            await services.Alerts.SetWebhookAsync(instance.Id, url, change.WebhookSecret?.Trim(), cancellationToken).ConfigureAwait(false);
        }

        return await services.Alerts.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
    }
}
