using System.Globalization;
using System.Text;
using Bss.IntegrationFramework.Host.Plugins;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Renders the instances page: the list and the activation form.</summary>
internal static class InstancesPage
{
    /// <summary>Renders the page's content.</summary>
    /// <param name="instances">The instances.</param>
    /// <param name="connectors">The installed connectors.</param>
    /// <param name="token">The anti-forgery token.</param>
    /// <param name="name">The name typed, when the form comes back with an error.</param>
    /// <param name="error">Why activation failed, if it did.</param>
    /// <returns>The HTML.</returns>
    public static string Render(IReadOnlyList<InstanceInfo> instances, IReadOnlyList<ConnectorDescriptor> connectors, FormToken token, string? name, string? error)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentNullException.ThrowIfNull(connectors);
        ArgumentNullException.ThrowIfNull(token);
        var html = new StringBuilder();
        html.Append("<section aria-labelledby=\"list-h\"><h2 id=\"list-h\">Connector instances</h2>");
        if (instances.Count == 0)
        {
            html.Append("<p>No instances yet: activate one below.</p>");
        }
        else
        {
            html.Append("<div class=\"scroll\"><table id=\"instances\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Connector</th><th scope=\"col\">Activated</th></tr></thead><tbody>");
            foreach (var instance in instances)
            {
                html.Append("<tr><td><a href=\"/instances/").Append(Html.U(instance.Name)).Append("/settings\">").Append(Html.E(instance.Name)).Append("</a></td><td>")
                    .Append(Html.E(instance.Connector)).Append("</td><td>")
                    .Append(Html.E(instance.CreatedAt.ToString("u", CultureInfo.InvariantCulture))).Append("</td></tr>");
            }

            html.Append("</tbody></table></div>");
        }

        html.Append("</section><section aria-labelledby=\"activate-h\"><h2 id=\"activate-h\">Activate an instance</h2>")
            .Append("<form method=\"post\" action=\"/instances\" novalidate>").Append(token.Hidden)
            .Append("<div class=\"field").Append(error is null ? string.Empty : " invalid").Append("\"><label for=\"name\">Name <span class=\"req\" aria-hidden=\"true\">*</span></label>")
            .Append("<p class=\"hint\" id=\"name-hint\">1 to 64 letters, digits, '-', '_' or '.'.</p>")
            .Append("<input id=\"name\" name=\"name\" autocomplete=\"off\" aria-required=\"true\" aria-describedby=\"name-hint").Append(error is null ? string.Empty : " name-error")
            .Append('"').Append(error is null ? string.Empty : " aria-invalid=\"true\"").Append(" value=\"").Append(Html.E(name)).Append("\">");
        if (error is not null)
        {
            html.Append("<p class=\"error\" id=\"name-error\">").Append(Html.E(error)).Append("</p>");
        }

        html.Append("</div>");
        if (connectors.Count > 1)
        {
            html.Append("<div class=\"field\"><label for=\"connector\">Connector</label><select id=\"connector\" name=\"connector\">");
            foreach (var connector in connectors)
            {
                html.Append("<option value=\"").Append(Html.E(connector.Key)).Append("\">").Append(Html.E(connector.Key)).Append("</option>");
            }

            html.Append("</select></div>");
        }

        html.Append("<button type=\"submit\">Activate</button></form></section>");
        return html.ToString();
    }
}
