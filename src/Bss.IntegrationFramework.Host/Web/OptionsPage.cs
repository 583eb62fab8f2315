using System.Text;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>Renders the synchronization options: a module × operation table of switches.</summary>
internal static class OptionsPage
{
    /// <summary>The prefix of a switch's form field, followed by <c>Module.Operation</c>.</summary>
    public const string FieldPrefix = "op.";

    /// <summary>Renders the page's content.</summary>
    /// <param name="instance">The instance name.</param>
    /// <param name="manifest">The connector's manifest.</param>
    /// <param name="disabled">The operations switched off.</param>
    /// <param name="token">The anti-forgery token.</param>
    /// <param name="saved">Whether the options were just saved.</param>
    /// <returns>The HTML.</returns>
    public static string Render(string instance, ConnectorManifest manifest, IReadOnlySet<(string Module, SyncOperation Operation)> disabled, FormToken token, bool saved)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(disabled);
        ArgumentNullException.ThrowIfNull(token);
        var operations = Enum.GetValues<SyncOperation>();
        var html = new StringBuilder();
        if (saved)
        {
            html.Append("<p class=\"alert ok\" role=\"status\">Synchronization options saved.</p>");
        }

        html.Append("<p class=\"lead\">Which operations of each module run. Create, Update and Delete push BSS records to ConnectWise; BatchRead and Read pull them back.</p>")
            .Append("<form method=\"post\" action=\"").Append(Html.E(PageResults.PathOf(instance, "options"))).Append("\">").Append(token.Hidden)
            .Append("<div class=\"scroll\"><table class=\"switches\" id=\"options\"><caption class=\"sr-only\">Operations by module</caption><thead><tr><th scope=\"col\">Module</th>");
        foreach (var operation in operations)
        {
            html.Append("<th scope=\"col\">").Append(operation).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var module in manifest.Modules)
        {
            html.Append("<tr><th scope=\"row\"><span>").Append(Html.E(module.Name)).Append("</span><span class=\"hint\">").Append(Html.E(module.Description)).Append("</span></th>");
            foreach (var operation in operations)
            {
                html.Append("<td>");
                if (module.Operations.Contains(operation))
                {
                    var on = !disabled.Contains((module.Name, operation));
                    html.Append("<label class=\"switch\"><input type=\"checkbox\" role=\"switch\" name=\"").Append(Html.E($"{FieldPrefix}{module.Name}.{operation}")).Append('"')
                        .Append(on ? " checked" : string.Empty).Append("><span class=\"sr-only\">").Append(Html.E($"{module.Name} {operation}")).Append("</span></label>");
                }
                else
                {
                    html.Append("<span class=\"na\" aria-hidden=\"true\">—</span><span class=\"sr-only\">").Append(Html.E($"{module.Name} {operation}: not offered by the connector")).Append("</span>");
                }

                html.Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table></div><div class=\"actions\"><button type=\"submit\">Save options</button></div></form>");
        return html.ToString();
    }
}
