using System.Text;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>The frame of every page: head, skip link, navigation of the instance's pages, main content.</summary>
internal static class PageLayout
{
    private static readonly (string Path, string Label)[] Tabs =
    [
        ("settings", "Settings"),
        ("options", "Synchronization options"),
        ("lookups", "Lookups"),
        ("check", "Check"),
        ("sync", "Sync"),
        ("report", "Connector report"),
        ("alerts", "Alerts"),
    ];

    /// <summary>Renders a page.</summary>
    /// <param name="title">The page title (plain text).</param>
    /// <param name="instance">The instance the page is about, if any.</param>
    /// <param name="tab">The instance tab shown, if any.</param>
    /// <param name="body">The main content (HTML, already encoded).</param>
    /// <param name="banner">The banner of the instance's open alerts (HTML, already encoded), or empty.</param>
    /// <returns>The HTML document.</returns>
    public static string Render(string title, string? instance, string? tab, string body, string banner = "")
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Html.E(title)).Append(instance is null ? string.Empty : " · " + Html.E(instance)).Append(" · BSS host</title>")
            .Append("<link rel=\"stylesheet\" href=\"/assets/site.css\"><script src=\"/assets/site.js\" defer></script></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a>")
            .Append("<header class=\"top\"><a class=\"brand\" href=\"/\">BSS host</a>");
        if (instance is not null)
        {
            html.Append("<span class=\"crumb\" aria-hidden=\"true\">/</span><span class=\"instance-name\">").Append(Html.E(instance)).Append("</span>");
        }

        html.Append("</header>");
        if (instance is not null)
        {
            html.Append("<nav class=\"tabs\" aria-label=\"Instance pages\"><ul>");
            foreach (var (path, label) in Tabs)
            {
                var current = path == tab ? " aria-current=\"page\"" : string.Empty;
                html.Append("<li><a href=\"/instances/").Append(Html.U(instance)).Append('/').Append(path).Append('"').Append(current).Append('>')
                    .Append(Html.E(label)).Append("</a></li>");
            }

            html.Append("</ul></nav>");
        }

        html.Append("<main id=\"main\" tabindex=\"-1\">").Append(banner).Append("<h1>").Append(Html.E(title)).Append("</h1>").Append(body).Append("</main></body></html>");
        return html.ToString();
    }
}
