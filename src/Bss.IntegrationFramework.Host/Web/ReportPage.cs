using System.Globalization;
using System.Text;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Renders the connector report: the runs, a run's module totals and its records, with filters and actions.</summary>
internal static class ReportPage
{
    /// <summary>The most records one page shows.</summary>
    public const int MaxRows = 1000;

    /// <summary>Renders the page's content.</summary>
    /// <param name="instance">The instance name.</param>
    /// <param name="view">What to show.</param>
    /// <param name="token">The anti-forgery token.</param>
    /// <returns>The HTML.</returns>
    public static string Render(string instance, ReportView view, FormToken token)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(token);
        var html = new StringBuilder();
        if (view.Notice is not null)
        {
            html.Append("<p class=\"alert ok\" role=\"status\" id=\"notice\">").Append(Html.E(view.Notice)).Append("</p>");
        }

        if (view.Run is null)
        {
            html.Append("<p>No run yet: start one on the <a href=\"").Append(Html.E(PageResults.PathOf(instance, "sync"))).Append("\">Sync</a> page.</p>");
            return html.ToString();
        }

        Runs(html, instance, view);
        var run = view.Run;
        html.Append("<section aria-labelledby=\"run-h\"><h2 id=\"run-h\">").Append(Html.E(string.Create(CultureInfo.InvariantCulture, $"Run {run.Id}{(run.DryRun ? " (dry run)" : string.Empty)}: {run.Status}"))).Append("</h2><p>")
            .Append(Html.E(string.Create(CultureInfo.InvariantCulture, $"Started {run.StartedAt:u}, ended {(run.EndedAt is { } end ? end.ToString("u", CultureInfo.InvariantCulture) : "-")}; {run.Requests} requests.")))
            .Append(run.Message is null ? string.Empty : " " + Html.E(run.Message)).Append("</p>");
        Totals(html, view.Modules);
        html.Append("</section>");
        Filters(html, instance, view);
        Records(html, instance, view, token);
        return html.ToString();
    }

    private static void Runs(StringBuilder html, string instance, ReportView view)
    {
        html.Append("<details class=\"runs\"><summary>Runs (latest ").Append(view.Runs.Count).Append(")</summary><div class=\"scroll\"><table><thead><tr><th scope=\"col\">Run</th><th scope=\"col\">Status</th><th scope=\"col\">Started</th><th scope=\"col\">Requests</th><th scope=\"col\">Dry run</th></tr></thead><tbody>");
        foreach (var run in view.Runs)
        {
            html.Append("<tr><td><a href=\"").Append(Html.E(PageResults.PathOf(instance, "report") + "?run=" + run.Id.ToString(CultureInfo.InvariantCulture))).Append('"')
                .Append(run.Id == view.Run!.Id ? " aria-current=\"true\"" : string.Empty).Append('>').Append(run.Id).Append("</a></td><td>").Append(Html.E(run.Status)).Append("</td><td>")
                .Append(Html.E(run.StartedAt.ToString("u", CultureInfo.InvariantCulture))).Append("</td><td>").Append(run.Requests).Append("</td><td>").Append(run.DryRun ? "yes" : string.Empty).Append("</td></tr>");
        }

        html.Append("</tbody></table></div></details>");
    }

    private static void Totals(StringBuilder html, IReadOnlyList<ModuleRunStats> modules)
    {
        html.Append("<div class=\"scroll\"><table id=\"totals\"><caption>Per module</caption><thead><tr><th scope=\"col\">Module</th><th scope=\"col\">Direction</th><th scope=\"col\">Created</th><th scope=\"col\">Updated</th><th scope=\"col\">Unchanged</th><th scope=\"col\">Skipped</th><th scope=\"col\">Failed</th><th scope=\"col\">Quarantined</th><th scope=\"col\">Pulled</th><th scope=\"col\">Requests</th><th scope=\"col\">Note</th></tr></thead><tbody>");
        foreach (var m in modules)
        {
            html.Append("<tr><th scope=\"row\">").Append(Html.E(m.Module)).Append("</th><td>").Append(Html.E(m.Direction)).Append("</td><td>").Append(m.Created).Append("</td><td>").Append(m.Updated)
                .Append("</td><td>").Append(m.Unchanged).Append("</td><td>").Append(m.Skipped).Append("</td><td>").Append(m.Failed).Append("</td><td>").Append(m.Quarantined)
                .Append("</td><td>").Append(m.Pulled).Append("</td><td>").Append(m.Requests).Append("</td><td>").Append(Html.E(m.Note)).Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static void Filters(StringBuilder html, string instance, ReportView view)
    {
        // A GET form: filtering changes nothing, so it carries no token (a token in a URL would leak into history).
        html.Append("<form method=\"get\" action=\"").Append(Html.E(PageResults.PathOf(instance, "report"))).Append("\" class=\"filters\" aria-label=\"Filter the records\">")
            .Append("<input type=\"hidden\" name=\"run\" value=\"").Append(view.Run!.Id).Append("\">")
            .Append("<div class=\"field\"><label for=\"f-module\">Module</label><select id=\"f-module\" name=\"module\"><option value=\"\">all</option>");
        foreach (var module in view.Modules.Select(m => m.Module).Distinct(StringComparer.Ordinal))
        {
            html.Append("<option").Append(module == view.Filter.Module ? " selected" : string.Empty).Append('>').Append(Html.E(module)).Append("</option>");
        }

        html.Append("</select></div><div class=\"field\"><label for=\"f-outcome\">Outcome</label><select id=\"f-outcome\" name=\"outcome\"><option value=\"\">all</option>");
        foreach (var outcome in ReportFilter.Outcomes)
        {
            html.Append("<option").Append(outcome == view.Filter.Outcome ? " selected" : string.Empty).Append('>').Append(outcome).Append("</option>");
        }

        html.Append("</select></div><label class=\"inline\"><input type=\"checkbox\" name=\"failed\" id=\"f-failed\"").Append(view.Filter.FailedOnly ? " checked" : string.Empty)
            .Append("> failed only</label><button type=\"submit\" class=\"secondary\">Filter</button></form>");
    }

    private static void Records(StringBuilder html, string instance, ReportView view, FormToken token)
    {
        html.Append("<p id=\"record-count\">").Append(view.Results.Count).Append(view.Results.Count == 1 ? " record" : " records")
            .Append(view.Results.Count > MaxRows ? $"; the first {MaxRows} are shown" : string.Empty).Append(".</p>");
        if (view.Results.Count == 0)
        {
            return;
        }

        html.Append("<div class=\"scroll\"><table id=\"records\"><thead><tr><th scope=\"col\">Module</th><th scope=\"col\">BSS id</th><th scope=\"col\">Name</th><th scope=\"col\">ConnectWise id</th><th scope=\"col\">Operation</th><th scope=\"col\">Outcome</th><th scope=\"col\">Failure</th><th scope=\"col\">Reason</th><th scope=\"col\">Attempts</th><th scope=\"col\">Time</th><th scope=\"col\">Actions</th></tr></thead><tbody>");
        foreach (var r in view.Results.Take(MaxRows))
        {
            html.Append("<tr data-outcome=\"").Append(Html.E(r.Outcome)).Append("\"><td>").Append(Html.E(r.Module)).Append("</td><td>").Append(Html.E(r.BssId)).Append("</td><td>")
                .Append(Html.E(view.Names.GetValueOrDefault((r.Module, r.BssId)))).Append("</td><td>").Append(Html.E(r.RemoteId)).Append("</td><td>").Append(Html.E(r.Operation))
                .Append("</td><td><span class=\"badge out-").Append(Html.E(r.Outcome.ToUpperInvariant())).Append("\">").Append(Html.E(r.Outcome)).Append("</span></td><td>").Append(Html.E(r.FailureKind))
                .Append("</td><td>").Append(Html.E(r.Reason));
            if (r.Changes.Count > 0)
            {
                html.Append("<details><summary>").Append(r.Changes.Count).Append(" field changes</summary><ul>");
                foreach (var change in r.Changes)
                {
                    html.Append("<li>").Append(Html.E($"{change.Field}: {change.OldValue ?? "(empty)"} → {change.NewValue ?? "(empty)"}")).Append("</li>");
                }

                html.Append("</ul></details>");
            }

            html.Append("</td><td>").Append(r.Attempts).Append("</td><td>").Append(Html.E(r.At.ToString("u", CultureInfo.InvariantCulture))).Append("</td><td class=\"row-actions\">");
            if (r.Outcome != "Pulled")
            {
                Action(html, instance, view, token, "resync", "Resync", r, null);
                if (r.RemoteId is not null && !view.Run!.DryRun)
                {
                    Action(html, instance, view, token, "unlink", "Unlink", r, $"Forget the link of {r.Module} {r.BssId} to ConnectWise id {r.RemoteId}?");
                }
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table></div>");
    }

    private static void Action(StringBuilder html, string instance, ReportView view, FormToken token, string action, string label, RunResultRecord record, string? confirm)
    {
        html.Append("<form method=\"post\" action=\"").Append(Html.E(PageResults.PathOf(instance, "report/" + action))).Append('"')
            .Append(confirm is null ? string.Empty : " data-confirm=\"" + Html.E(confirm) + "\"").Append('>').Append(token.Hidden)
            .Append("<input type=\"hidden\" name=\"module\" value=\"").Append(Html.E(record.Module)).Append("\"><input type=\"hidden\" name=\"bssId\" value=\"").Append(Html.E(record.BssId))
            .Append("\"><input type=\"hidden\" name=\"run\" value=\"").Append(view.Run!.Id).Append("\"><button type=\"submit\" class=\"small secondary\" aria-label=\"")
            .Append(Html.E($"{label} {record.Module} {record.BssId}")).Append("\">").Append(label).Append("</button></form>");
    }
}
