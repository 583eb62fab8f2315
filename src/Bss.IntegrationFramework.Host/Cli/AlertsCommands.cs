using System.CommandLine;
using System.Globalization;
using Bss.IntegrationFramework.Host.Alerts;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The <c>alerts</c> commands: an instance's open alerts, their settings, and a test of the webhook.</summary>
internal static class AlertsCommands
{
    /// <summary>Creates the command group.</summary>
    /// <param name="globals">The global options.</param>
    /// <returns>The command.</returns>
    public static Command Create(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var json = CommonArguments.Json();
        var command = new Command("alerts", "An instance's alerts: the open ones with their fix, the latest closed, and each condition's switch and threshold.")
        {
            name,
            json,
            Set(globals),
            Test(globals),
        };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var overview = await AlertOverview.LoadAsync(services, instance, cancellationToken).ConfigureAwait(false);
            var (open, closed, settings) = (overview.Open, overview.RecentlyClosed, overview.Settings);
            if (context.Get(json))
            {
                CliJson.Write(context.Output, new
                {
                    Instance = instance.Name,
                    Open = open,
                    RecentlyClosed = closed,
                    Conditions = settings.Conditions,
                    Webhook = settings.WebhookUrl is null ? null : new { Url = settings.WebhookUrl, SecretSet = settings.WebhookSecretSet },
                });
                return 0;
            }

            Write(context.Output, instance.Name, settings, open, closed);
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, string instance, AlertSettings settings, IReadOnlyList<AlertRecord> open, IReadOnlyList<AlertRecord> closed)
    {
        output.WriteLine(open.Count == 0 ? $"Instance '{instance}': no open alerts." : $"Instance '{instance}': {Wording.Count(open.Count, "open alert")}.");
        foreach (var alert in open)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{alert.Id}] {AlertOverview.Title(alert)} since {alert.OpenedAt:u}{(alert.OpenedRunId is { } run ? $" (run {run})" : string.Empty)}"));
            output.WriteLine($"      {alert.Message}");
            output.WriteLine($"      Fix: {alert.Fix}");
            if (alert.Delivery is not null)
            {
                output.WriteLine($"      Webhook: {alert.Delivery}");
            }
        }

        if (closed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Recently closed:");
            TextTable.Write(
                output,
                ["Id", "Alert", "Raised", "Closed", "By run"],
                closed.Select(a => (IReadOnlyList<string?>)[
                    a.Id.ToString(CultureInfo.InvariantCulture),
                    AlertOverview.Title(a),
                    a.OpenedAt.ToString("u", CultureInfo.InvariantCulture),
                    a.ClosedAt?.ToString("u", CultureInfo.InvariantCulture),
                    a.ClosedRunId?.ToString(CultureInfo.InvariantCulture)]));
        }

        output.WriteLine();
        output.WriteLine("Conditions:");
        TextTable.Write(
            output,
            ["Condition", "On", "Threshold", "Raised when"],
            settings.Conditions.Select(c => (IReadOnlyList<string?>)[c.Condition.ToString(), c.Enabled ? "on" : "off", c.Threshold ?? "-", AlertConditionInfo.Of(c.Condition).Description]));
        output.WriteLine();
        output.WriteLine(settings.WebhookUrl is null
            ? $"Webhook: none (alerts go to the run log and the instance's pages; add one with 'alerts set {instance} --webhook-url URL --webhook-secret SECRET')."
            : $"Webhook: {settings.WebhookUrl} ({(settings.WebhookSecretSet ? "signed: the secret is set" : "unsigned: no secret set")}).");
    }

    private static Command Set(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var conditions = string.Join(", ", AlertConditionInfo.All.Select(c => c.Condition));
        var on = new Option<string[]>("--on") { Description = $"Switch a condition on ({conditions}). Repeatable." };
        var off = new Option<string[]>("--off") { Description = "Switch a condition off. Repeatable." };
        var threshold = new Option<string[]>("--threshold") { Description = "A condition's threshold as Condition=Value: FailedRecords=N (alert when a run has more than N failed records), RunNotSucceeded=24h (alert when no run has completed for longer). Repeatable." };
        var url = new Option<string?>("--webhook-url") { Description = "The https address alerts are posted to (plain http only to 127.0.0.1 with --allow-loopback-http)." };
        var secret = new Option<string?>("--webhook-secret") { Description = "The secret the body is signed with (HMAC-SHA256, header X-Bss-Signature: sha256=...); env:VARIABLE reads it from the environment when sending." };
        var remove = new Option<bool>("--remove-webhook") { Description = "Remove the webhook; alerts go to the run log and the pages only." };
        var command = new Command("set", "Switch alert conditions on or off, set their thresholds and the webhook.") { name, on, off, threshold, url, secret, remove };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            var switchedOn = (context.Get(on) ?? []).Select(AlertConditionInfo.Parse).ToList();
            var switchedOff = (context.Get(off) ?? []).Select(AlertConditionInfo.Parse).ToList();
            var both = switchedOn.Intersect(switchedOff).Select(c => c.Condition.ToString()).ToList();
            if (both.Count > 0)
            {
                throw new HostException($"{string.Join(", ", both)}: both --on and --off.");
            }

            var switches = switchedOn.Select(c => (c.Condition, On: true)).Concat(switchedOff.Select(c => (c.Condition, On: false))).ToDictionary(c => c.Condition, c => c.On);
            var thresholds = CommonArguments.ParsePairs(context.Get(threshold)).ToDictionary(p => AlertConditionInfo.Parse(p.Key).Condition, p => p.Value ?? string.Empty);
            if (context.Get(secret) is { } typedSecret)
            {
                context.Redactor.Add(typedSecret);
            }

            var change = new AlertSettingsChange
            {
                Switches = switches,
                Thresholds = thresholds,
                WebhookUrl = context.Get(url),
                WebhookSecret = context.Get(secret),
                RemoveWebhook = context.Get(remove),
            };
            if (change.IsEmpty)
            {
                throw new HostException("Nothing to set: give --on, --off, --threshold Condition=Value, --webhook-url, --webhook-secret or --remove-webhook.");
            }

            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            await new AlertSettingsEditor(services).ApplyAsync(instance, change, cancellationToken).ConfigureAwait(false);
            var after = await services.Alerts.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Instance '{instance.Name}': alerts {string.Join(", ", after.Conditions.Select(c => $"{c.Condition} {(c.Enabled ? "on" : "off")}{(c.Threshold is null ? string.Empty : $" ({c.Threshold})")}"))}; webhook {(after.WebhookUrl is null ? "none" : after.WebhookUrl.ToString())}.").ConfigureAwait(false);
            if (after.WebhookUrl is not null && !after.WebhookSecretSet)
            {
                await context.Output.WriteLineAsync("Warning: the webhook has no secret, so its notifications are not signed; set one with --webhook-secret.").ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }

    private static Command Test(GlobalOptions globals)
    {
        var name = CommonArguments.Instance();
        var command = new Command("test", "Send a test notification to the instance's webhook (signed, retried like an alert).") { name };
        command.SetHostAction(globals, async (context, cancellationToken) =>
        {
            using var services = await context.OpenServicesAsync(cancellationToken).ConfigureAwait(false);
            var instance = await services.Instances.GetAsync(context.Get(name), cancellationToken).ConfigureAwait(false);
            var delivery = await new AlertEngine(services).SendTestAsync(instance, cancellationToken).ConfigureAwait(false);
            if (!delivery.Delivered)
            {
                throw new HostException($"The test notification was {delivery}.");
            }

            await context.Output.WriteLineAsync($"Test notification {delivery}.").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
