using System.Text;
using Bss.IntegrationFramework.Host.Alerts;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The banner on every page of an instance: its open alerts, each with its fix.</summary>
internal static class AlertBanner
{
    /// <summary>Renders the banner, or nothing when no alert is open.</summary>
    /// <param name="instance">The instance name.</param>
    /// <param name="open">The open alerts.</param>
    /// <returns>The HTML (encoded), or an empty string.</returns>
    public static string Render(string instance, IReadOnlyList<AlertRecord> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        if (open.Count == 0)
        {
            return string.Empty;
        }

        var html = new StringBuilder();
        html.Append("<section class=\"alert error\" id=\"open-alerts\" aria-labelledby=\"open-alerts-title\"><h2 id=\"open-alerts-title\">")
            .Append(Html.E(Wording.Count(open.Count, "open alert"))).Append("</h2><ul>");
        foreach (var alert in open)
        {
            html.Append("<li><strong>").Append(Html.E(AlertOverview.Title(alert))).Append(":</strong> ").Append(Html.E(alert.Message))
                .Append(" <span class=\"fix\">Fix: ").Append(Html.E(alert.Fix)).Append("</span></li>");
        }

        html.Append("</ul><p><a href=\"").Append(Html.E(PageResults.PathOf(instance, "alerts"))).Append("\">Alerts and their settings</a></p></section>");
        return html.ToString();
    }
}
