using System.Globalization;
using System.Text;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Renders the sync page: what to run, and the live progress of the run started from it.</summary>
internal static class SyncPage
{
    /// <summary>Renders the page's content.</summary>
    /// <param name="instance">The instance name.</param>
    /// <param name="manifest">The connector's manifest.</param>
    /// <param name="job">The sync started from the page, if any.</param>
    /// <param name="token">The anti-forgery token.</param>
    /// <returns>The HTML.</returns>
    public static string Render(string instance, ConnectorManifest manifest, SyncJobSnapshot? job, FormToken token)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(token);
        var html = new StringBuilder();
        html.Append("<form method=\"post\" action=\"").Append(Html.E(PageResults.PathOf(instance, "sync"))).Append("\" class=\"sync\">").Append(token.Hidden)
            .Append("<fieldset><legend>Modules</legend><div class=\"checks\">");
        foreach (var module in manifest.Modules)
        {
            var id = Html.Id("m", module.Name);
            html.Append("<label for=\"").Append(id).Append("\"><input type=\"checkbox\" id=\"").Append(id).Append("\" name=\"module\" value=\"").Append(Html.E(module.Name)).Append("\" checked> ")
                .Append(Html.E(module.Name)).Append("</label>");
        }

        html.Append("</div><p class=\"hint\">Modules run in dependency order; a module whose operations are all switched off is skipped.</p></fieldset>")
            .Append("<div class=\"field\"><label for=\"direction\">Direction</label><select id=\"direction\" name=\"direction\">")
            .Append("<option value=\"push\" selected>push: BSS → ConnectWise</option><option value=\"pull\">pull: ConnectWise → BSS</option><option value=\"both\">both: push, then pull</option></select></div>")
            .Append("<label class=\"inline\"><input type=\"checkbox\" name=\"full\"> pull everything again (ignore the saved cursors)</label>")
            .Append("<div class=\"actions\"><button type=\"submit\" name=\"mode\" value=\"run\" id=\"sync-now\">Sync now</button>")
            .Append("<button type=\"submit\" name=\"mode\" value=\"dry\" id=\"dry-run\" class=\"secondary\">Dry run (writes nothing)</button></div></form>");
        if (job is null)
        {
            return html.ToString();
        }

        html.Append("<section id=\"progress\" aria-labelledby=\"progress-h\" data-progress-url=\"")
            .Append(Html.E(PageResults.PathOf(instance, "sync/progress.json") + "?job=" + job.Id.ToString(CultureInfo.InvariantCulture)))
            .Append("\" data-report-url=\"").Append(Html.E(PageResults.PathOf(instance, "report"))).Append("\" data-running=\"").Append(job.Running ? "true" : "false").Append("\">")
            .Append("<h2 id=\"progress-h\">").Append(job.DryRun ? "Dry run" : "Sync").Append(" progress</h2><div id=\"progress-body\" aria-live=\"polite\">")
            .Append(Body(instance, job)).Append("</div></section>");
        return html.ToString();
    }

    private static string Body(string instance, SyncJobSnapshot job)
    {
        var html = new StringBuilder();
        html.Append("<p class=\"status\" id=\"job-status\">").Append(Html.E(job.Running ? "Running…" : job.Status)).Append("</p>");
        foreach (var module in job.Modules)
        {
            html.Append("<div class=\"module-progress\"><span>").Append(Html.E(module.Module)).Append(": ").Append(module.Done)
                .Append(module.Total is { } total ? " of " + total.ToString(CultureInfo.InvariantCulture) : string.Empty).Append("</span>");
            if (module.Total is { } max)
            {
                html.Append("<progress max=\"").Append(Math.Max(1, max)).Append("\" value=\"").Append(module.Done).Append("\">").Append(module.Done).Append("</progress>");
            }

            html.Append("</div>");
        }

        if (job.Error is not null)
        {
            html.Append("<p class=\"alert error\" role=\"alert\">").Append(Html.E(job.Error)).Append("</p>");
        }

        if (job.RunId is { } run)
        {
            html.Append("<p>").Append(Html.E(string.Create(CultureInfo.InvariantCulture, $"Run {run}: {job.Totals.Sum(t => t.Created)} created, {job.Totals.Sum(t => t.Updated)} updated, {job.Totals.Sum(t => t.Unchanged)} unchanged, {job.Totals.Sum(t => t.Failed + t.Quarantined)} failed, {job.Totals.Sum(t => t.Pulled)} pulled; {job.Requests} requests.")))
                .Append(" <a id=\"run-report\" href=\"").Append(Html.E(PageResults.PathOf(instance, "report") + "?run=" + run.ToString(CultureInfo.InvariantCulture))).Append("\">Open the report of this run</a></p>");
        }

        return html.ToString();
    }
}
