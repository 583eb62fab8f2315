using System.Globalization;
using System.Text;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// Renders one table per lookup: the BSS values beside a dropdown of ConnectWise values. The dropdowns start with
/// the stored mapping; the page's script fills them from discovery and pre-selects suggested matches.
/// </summary>
internal static class LookupsPage
{
    /// <summary>Renders the page's content.</summary>
    /// <param name="instance">The instance name.</param>
    /// <param name="rows">Per lookup, its BSS values.</param>
    /// <param name="mapped">The stored lookup tables.</param>
    /// <param name="token">The anti-forgery token.</param>
    /// <param name="saved">How many mappings were just saved, if the form was saved.</param>
    /// <returns>The HTML.</returns>
    public static string Render(
        string instance,
        IReadOnlyList<(LookupDefinition Lookup, IReadOnlyList<string> Values)> rows,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> mapped,
        FormToken token,
        int? saved)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(mapped);
        ArgumentNullException.ThrowIfNull(token);
        var html = new StringBuilder();
        if (saved is { } count)
        {
            html.Append("<p class=\"alert ok\" role=\"status\">").Append(count).Append(count == 1 ? " mapping" : " mappings").Append(" saved.</p>");
        }

        html.Append("<p class=\"lead\">Map each BSS value to a ConnectWise value. The lists come from ConnectWise; a suggested match is pre-selected and marked until you save.</p>")
            .Append("<p id=\"discovery-status\" class=\"status\" role=\"status\" aria-live=\"polite\">Loading ConnectWise values…</p>")
            .Append("<form method=\"post\" action=\"").Append(Html.E(PageResults.PathOf(instance, "lookups"))).Append("\" data-discover-url=\"")
            .Append(Html.E(PageResults.PathOf(instance, "lookups/discover.json"))).Append("\">").Append(token.Hidden);
        var index = 0;
        foreach (var (lookup, values) in rows)
        {
            var table = mapped.GetValueOrDefault(lookup.Name);
            var headingId = Html.Id("lk", lookup.Name);
            html.Append("<section class=\"lookup\" aria-labelledby=\"").Append(headingId).Append("\"><h2 id=\"").Append(headingId).Append("\">").Append(Html.E(lookup.Name))
                .Append(lookup.Required ? " <span class=\"badge\">required</span>" : string.Empty).Append("</h2><p class=\"hint\">")
                .Append(Html.E($"{lookup.Module} {lookup.BssField} → ConnectWise {lookup.Target}. {lookup.Description}")).Append("</p>")
                .Append("<p class=\"error lookup-error\" hidden></p>");
            if (values.Count == 0)
            {
                html.Append("<p>No BSS record in the store has a value to map.</p></section>");
                continue;
            }

            html.Append("<div class=\"scroll\"><table class=\"lookup-table\" data-lookup=\"").Append(Html.E(lookup.Name)).Append("\"><thead><tr><th scope=\"col\">BSS value</th><th scope=\"col\">ConnectWise value</th><th scope=\"col\">State</th></tr></thead><tbody>");
            foreach (var value in values)
            {
                var current = table?.GetValueOrDefault(value);
                var i = index++.ToString(CultureInfo.InvariantCulture);
                html.Append("<tr><th scope=\"row\" id=\"bss-").Append(i).Append("\">").Append(Html.E(value))
                    .Append("<input type=\"hidden\" name=\"l.").Append(i).Append("\" value=\"").Append(Html.E(lookup.Name)).Append("\">")
                    .Append("<input type=\"hidden\" name=\"b.").Append(i).Append("\" value=\"").Append(Html.E(value)).Append("\"></th>")
                    .Append("<td><label class=\"sr-only\" for=\"cw-").Append(i).Append("\">").Append(Html.E($"ConnectWise {lookup.Target} for {value}")).Append("</label>")
                    .Append("<select id=\"cw-").Append(i).Append("\" name=\"c.").Append(i).Append("\" data-bss=\"").Append(Html.E(value)).Append("\" data-current=\"").Append(Html.E(current))
                    .Append("\" aria-describedby=\"st-").Append(i).Append("\"><option value=\"\">(not mapped)</option>");
                if (current is not null)
                {
                    html.Append("<option value=\"").Append(Html.E(current)).Append("\" selected>id ").Append(Html.E(current)).Append("</option>");
                }

                html.Append("</select></td><td class=\"state\" id=\"st-").Append(i).Append("\">").Append(current is null ? "not mapped" : "mapped").Append("</td></tr>");
            }

            html.Append("</tbody></table></div></section>");
        }

        html.Append("<input type=\"hidden\" name=\"rows\" value=\"").Append(index).Append("\"><div class=\"actions\"><button type=\"submit\">Save mappings</button></div></form>");
        return html.ToString();
    }
}
