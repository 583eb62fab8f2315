using System.Text;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Renders the check page: the button, then each finding with its severity and fix.</summary>
internal static class CheckPage
{
    /// <summary>Renders the page's content.</summary>
    /// <param name="instance">The instance name.</param>
    /// <param name="report">The findings, once the check ran.</param>
    /// <param name="token">The anti-forgery token.</param>
    /// <returns>The HTML.</returns>
    public static string Render(string instance, CheckReport? report, FormToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var html = new StringBuilder();
        html.Append("<p class=\"lead\">Reaches the site, authenticates, verifies the clientId, the API member's permissions for every enabled operation, the configured ids and the lookups.</p>")
            .Append("<form method=\"post\" action=\"").Append(Html.E(PageResults.PathOf(instance, "check"))).Append("\">").Append(token.Hidden)
            .Append("<button type=\"submit\" id=\"run-check\">").Append(report is null ? "Run the check" : "Run it again").Append("</button></form>");
        if (report is null)
        {
            return html.ToString();
        }

        var errors = report.Findings.Count(f => f.Severity == CheckSeverity.Error);
        var warnings = report.Findings.Count(f => f.Severity == CheckSeverity.Warning);
        html.Append("<p id=\"check-summary\" class=\"alert ").Append(errors > 0 ? "error" : "ok").Append("\" role=\"status\">")
            .Append(errors > 0 ? $"Check failed: {Wording.Count(errors, "error")}, {Wording.Count(warnings, "warning")}." : $"Check passed with {Wording.Count(warnings, "warning")}.").Append("</p>")
            .Append("<div class=\"scroll\"><table id=\"findings\"><thead><tr><th scope=\"col\">Severity</th><th scope=\"col\">Area</th><th scope=\"col\">Finding</th><th scope=\"col\">Fix</th></tr></thead><tbody>");
        foreach (var finding in report.Findings)
        {
            html.Append("<tr class=\"sev-").Append(finding.Severity.ToString().ToUpperInvariant()).Append("\"><td><span class=\"badge sev\">").Append(finding.Severity).Append("</span></td><td>")
                .Append(Html.E(finding.Area)).Append("</td><td>").Append(Html.E(finding.Message)).Append("</td><td>").Append(Html.E(finding.Fix)).Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
        return html.ToString();
    }
}
