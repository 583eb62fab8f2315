using Microsoft.Extensions.Logging;

namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>
/// Raises and closes an instance's alerts after a run, and notifies the webhook of each change. An alert is raised
/// once and stays open, however many runs find its cause again; the first run that judges the cause gone closes it.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class AlertEngine(HostServices services)
{
    private readonly ILogger _logger = services.LoggerFactory.CreateLogger("Bss.IntegrationFramework.Host.Alerts");

    /// <summary>Judges a run's alerts, stores the changes and notifies the webhook.</summary>
    /// <param name="outcome">The run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The alerts the run raised or closed.</returns>
    public async Task<IReadOnlyList<AlertChange>> ProcessRunAsync(RunOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var instance = outcome.Runtime.Instance;
        var settings = await services.Alerts.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var open = await services.Alerts.GetOpenAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var (judged, findings) = await new RunAlertEvaluator(services).EvaluateAsync(outcome, settings, open, cancellationToken).ConfigureAwait(false);
        var changes = await ApplyAsync(instance.Id, outcome.RunId, judged, findings, open, cancellationToken).ConfigureAwait(false);
        foreach (var change in changes)
        {
            if (change.Event == AlertEvents.Raised)
            {
                _logger.LogWarning("Alert raised for {Instance}: {Condition} {Subject}: {Message} Fix: {Fix}", instance.Name, change.Alert.Condition, change.Alert.Subject, change.Alert.Message, change.Alert.Fix);
            }
            else
            {
                _logger.LogInformation("Alert closed for {Instance}: {Condition} {Subject}", instance.Name, change.Alert.Condition, change.Alert.Subject);
            }
        }

        await NotifyAsync(instance, settings, changes, cancellationToken).ConfigureAwait(false);
        return changes;
    }

    /// <summary>Opens, keeps and closes alerts from what a run judged.</summary>
    /// <param name="instanceId">The instance.</param>
    /// <param name="runId">The run.</param>
    /// <param name="judged">The conditions the run could judge.</param>
    /// <param name="findings">The causes it found.</param>
    /// <param name="open">The alerts open before the run.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The alerts raised or closed.</returns>
    public async Task<IReadOnlyList<AlertChange>> ApplyAsync(
        long instanceId,
        long? runId,
        IReadOnlySet<AlertCondition> judged,
        IReadOnlyList<AlertFinding> findings,
        IReadOnlyList<AlertRecord> open,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(judged);
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(open);
        var changes = new List<AlertChange>();
        foreach (var finding in findings.DistinctBy(f => (f.Condition, f.Subject)))
        {
            var existing = open.FirstOrDefault(a => a.Condition == finding.Condition && string.Equals(a.Subject, finding.Subject, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                changes.Add(new AlertChange(AlertEvents.Raised, await services.Alerts.OpenAsync(instanceId, finding, runId, cancellationToken).ConfigureAwait(false)));
            }
            else
            {
                await services.Alerts.TouchAsync(existing.Id, finding, runId, cancellationToken).ConfigureAwait(false);
            }
        }

        foreach (var alert in open.Where(a => judged.Contains(a.Condition)))
        {
            if (!findings.Any(f => f.Condition == alert.Condition && string.Equals(f.Subject, alert.Subject, StringComparison.OrdinalIgnoreCase)))
            {
                changes.Add(new AlertChange(AlertEvents.Closed, await services.Alerts.CloseAsync(alert, runId, cancellationToken).ConfigureAwait(false)));
            }
        }

        return changes;
    }

    /// <summary>Sends a test notification to the instance's webhook.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>What became of it.</returns>
    /// <exception cref="HostException">No webhook is set, or its address is not allowed.</exception>
    public async Task<WebhookDelivery> SendTestAsync(Storage.InstanceInfo instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var settings = await services.Alerts.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var url = settings.WebhookUrl ?? throw new HostException($"Instance '{instance.Name}' has no alert webhook; set one with 'alerts set {instance.Name} --webhook-url URL --webhook-secret SECRET'.");
        WebhookAddress.Check(url, services.AllowLoopbackHttp);
        var secret = await services.Alerts.GetWebhookSecretAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        services.Redactor.Add(secret);
        var notification = new AlertNotification
        {
            Event = AlertEvents.Test,
            Instance = instance.Name,
            SentAt = services.TimeProvider.GetUtcNow(),
            Message = $"A test notification from the BSS host for instance {instance.Name}.",
        };
        using var sender = CreateSender();
        return await sender.SendAsync(url, secret, notification, cancellationToken).ConfigureAwait(false);
    }

    private async Task NotifyAsync(Storage.InstanceInfo instance, AlertSettings settings, IReadOnlyList<AlertChange> changes, CancellationToken cancellationToken)
    {
        if (settings.WebhookUrl is not { } url || changes.Count == 0)
        {
            return;
        }

        string? secret;
        try
        {
            WebhookAddress.Check(url, services.AllowLoopbackHttp);
            secret = await services.Alerts.GetWebhookSecretAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (HostException ex)
        {
            foreach (var change in changes)
            {
                await services.Alerts.SetDeliveryAsync(change.Alert.Id, $"{change.Event} not sent: {ex.Message}", cancellationToken).ConfigureAwait(false);
            }

            _logger.LogWarning("Alert webhook of {Instance} not used: {Reason}", instance.Name, ex.Message);
            return;
        }

        services.Redactor.Add(secret);
        using var sender = CreateSender();
        foreach (var change in changes)
        {
            var alert = change.Alert;
            var notification = new AlertNotification
            {
                Event = change.Event,
                Instance = instance.Name,
                SentAt = services.TimeProvider.GetUtcNow(),
                AlertId = alert.Id,
                Condition = alert.Condition.ToString(),
                Subject = alert.Subject,
                Message = services.Redactor.Redact(alert.Message) ?? string.Empty,
                Fix = services.Redactor.Redact(alert.Fix),
                OpenedAt = alert.OpenedAt,
                ClosedAt = alert.ClosedAt,
                RunId = change.Event == AlertEvents.Raised ? alert.OpenedRunId : alert.ClosedRunId,
            };
            var delivery = await sender.SendAsync(url, secret, notification, cancellationToken).ConfigureAwait(false);
            await services.Alerts.SetDeliveryAsync(alert.Id, $"{change.Event} {delivery}", cancellationToken).ConfigureAwait(false);
            if (!delivery.Delivered)
            {
                _logger.LogWarning("Alert webhook of {Instance}: {Event} of alert {Id} {Delivery}", instance.Name, change.Event, alert.Id, delivery);
            }
        }
    }

    private WebhookSender CreateSender() => new(services.WebhookRetryDelays, services.TimeProvider, TimeSpan.FromSeconds(15));
}
