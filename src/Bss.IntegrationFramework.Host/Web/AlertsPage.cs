using System.Globalization;
using System.Text;
using Bss.IntegrationFramework.Host.Alerts;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The Alerts page of an instance: the latest closed alerts, each condition's switch and threshold, the webhook and its test.</summary>
internal static class AlertsPage
{
    /// <summary>Renders the page's content (the open alerts are in the banner above it).</summary>
    /// <param name="instance">The instance name.</param>
    /// <param name="overview">The alerts and their settings.</param>
    /// <param name="problems">The problems of a submitted form, by field.</param>
    /// <param name="notice">A notice to show (saved, a test's delivery), if any.</param>
    /// <param name="token">The anti-forgery token.</param>
    /// <returns>The HTML.</returns>
    public static string Render(string instance, AlertOverview overview, IReadOnlyList<(string Field, string Message)> problems, string? notice, FormToken token)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(token);
        var html = new StringBuilder();
        if (notice is not null)
        {
            html.Append("<p class=\"alert ok\" role=\"status\">").Append(Html.E(notice)).Append("</p>");
        }

        if (problems.Count > 0)
        {
            html.Append("<div class=\"alert error\" role=\"alert\" id=\"alerts-problems\" tabindex=\"-1\"><h2>")
                .Append(Html.E($"Nothing was saved: {Wording.Count(problems.Count, "problem")}")).Append("</h2><ul>");
            foreach (var (_, message) in problems)
            {
                html.Append("<li>").Append(Html.E(message)).Append("</li>");
            }

            html.Append("</ul></div>");
        }

        html.Append("<p class=\"lead\">").Append(Html.E(overview.Open.Count == 0 ? "No alert is open." : $"{Wording.Count(overview.Open.Count, "alert")} open (listed above).")).Append(' ')
            .Append("An alert is raised once by the run that finds its cause and closed by the run that finds it gone; it goes to the run log, these pages and the webhook.</p>");
        if (overview.RecentlyClosed.Count > 0)
        {
            html.Append("<h2>Recently closed</h2><div class=\"scroll\"><table id=\"closed-alerts\"><thead><tr><th scope=\"col\">Alert</th><th scope=\"col\">Raised</th><th scope=\"col\">Closed</th><th scope=\"col\">Webhook</th></tr></thead><tbody>");
            foreach (var alert in overview.RecentlyClosed)
            {
                html.Append("<tr><td>").Append(Html.E(AlertOverview.Title(alert))).Append("</td><td>").Append(Html.E(alert.OpenedAt.ToString("u", CultureInfo.InvariantCulture)))
                    .Append("</td><td>").Append(Html.E(alert.ClosedAt?.ToString("u", CultureInfo.InvariantCulture))).Append("</td><td>").Append(Html.E(alert.Delivery)).Append("</td></tr>");
            }

            html.Append("</tbody></table></div>");
        }

        html.Append("<h2>Conditions</h2><form method=\"post\" action=\"").Append(Html.E(PageResults.PathOf(instance, "alerts"))).Append("\">").Append(token.Hidden)
            .Append("<div class=\"scroll\"><table class=\"switches\" id=\"alert-conditions\"><thead><tr><th scope=\"col\">Condition</th><th scope=\"col\">On</th><th scope=\"col\">Threshold</th></tr></thead><tbody>");
        foreach (var setting in overview.Settings.Conditions)
        {
            var info = AlertConditionInfo.Of(setting.Condition);
            var name = setting.Condition.ToString();
            html.Append("<tr><th scope=\"row\"><span>").Append(Html.E(name)).Append("</span><span class=\"hint\">").Append(Html.E(info.Description)).Append("</span></th>")
                .Append("<td><label class=\"switch\"><input type=\"checkbox\" role=\"switch\" name=\"").Append(Html.E(AlertsForm.OnField(setting.Condition))).Append('"')
                .Append(setting.Enabled ? " checked" : string.Empty).Append("><span class=\"sr-only\">").Append(Html.E(name)).Append("</span></label></td><td>");
            if (info.ThresholdKind == AlertThresholdKind.None)
            {
                html.Append("<span class=\"na\" aria-hidden=\"true\">—</span>");
            }
            else
            {
                var id = Html.Id("threshold", name);
                var invalid = problems.Any(p => p.Field == name);
                html.Append("<label class=\"sr-only\" for=\"").Append(id).Append("\">").Append(Html.E($"{name} threshold")).Append("</label><input id=\"").Append(id)
                    .Append("\" name=\"").Append(Html.E(AlertsForm.ThresholdField(setting.Condition))).Append("\" value=\"").Append(Html.E(setting.Threshold)).Append('"')
                    .Append(info.ThresholdKind == AlertThresholdKind.Count ? " inputmode=\"numeric\"" : string.Empty)
                    .Append(invalid ? " aria-invalid=\"true\" aria-describedby=\"alerts-problems\"" : string.Empty).Append("><span class=\"hint\">")
                    .Append(Html.E(info.ThresholdKind == AlertThresholdKind.Count ? "failed records (raised when more)" : "30m, 6h, 2d")).Append("</span>");
            }

            html.Append("</td></tr>");
        }

        var webhook = overview.Settings.WebhookUrl?.ToString();
        html.Append("</tbody></table></div><h2>Webhook</h2>")
            .Append("<p class=\"hint\">A POST of a small JSON document for every alert raised or closed, signed with HMAC-SHA256 over the body (header X-Bss-Signature: sha256=…), retried when the receiver fails. https only.</p>")
            .Append("<div class=\"field\"><label for=\"webhookUrl\">Webhook URL</label><input id=\"webhookUrl\" name=\"webhookUrl\" type=\"url\" value=\"").Append(Html.E(webhook)).Append('"')
            .Append(problems.Any(p => p.Field == "webhookUrl") ? " aria-invalid=\"true\" aria-describedby=\"alerts-problems\"" : string.Empty).Append("></div>")
            .Append("<div class=\"field\"><label for=\"webhookSecret\">Signing secret</label><span class=\"hint\">")
            .Append(Html.E(overview.Settings.WebhookSecretSet ? "•••• set; leave empty to keep it." : "Not set: notifications are not signed. At least 16 characters."))
            .Append("</span><input id=\"webhookSecret\" name=\"webhookSecret\" type=\"password\" autocomplete=\"new-password\" value=\"\"")
            .Append(problems.Any(p => p.Field == "webhookSecret") ? " aria-invalid=\"true\" aria-describedby=\"alerts-problems\"" : string.Empty).Append("></div>");
        if (webhook is not null)
        {
            html.Append("<div class=\"field\"><label><input type=\"checkbox\" name=\"removeWebhook\"> Remove the webhook</label></div>");
        }

        html.Append("<button type=\"submit\">Save alert settings</button></form>");
        if (webhook is not null)
        {
            html.Append("<form method=\"post\" action=\"").Append(Html.E(PageResults.PathOf(instance, "alerts/test"))).Append("\">").Append(token.Hidden)
                .Append("<button type=\"submit\" class=\"secondary\">Send a test notification</button></form>");
        }

        return html.ToString();
    }
}
