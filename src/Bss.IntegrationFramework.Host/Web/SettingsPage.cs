using System.Text;
using Bss.IntegrationFramework.Host.Instances;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// Renders the settings form from the connector's manifest: one field per server variable, with its type, required
/// mark, description, default and errors. Secrets are write-only: their inputs are always empty.
/// </summary>
internal static class SettingsPage
{
    /// <summary>Renders the page's content.</summary>
    /// <param name="instance">The instance name.</param>
    /// <param name="manifest">The connector's manifest.</param>
    /// <param name="stored">The stored values (secrets are only tested for presence, never written out).</param>
    /// <param name="submission">The submitted form, when it comes back with errors.</param>
    /// <param name="defaults">Values offered for empty fields.</param>
    /// <param name="token">The anti-forgery token.</param>
    /// <param name="saved">Whether the last submission was saved.</param>
    /// <returns>The HTML.</returns>
    public static string Render(
        string instance,
        ConnectorManifest manifest,
        IReadOnlyDictionary<string, string?> stored,
        SettingsSubmission? submission,
        WebDefaults defaults,
        FormToken token,
        bool saved)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(defaults);
        ArgumentNullException.ThrowIfNull(token);
        var html = new StringBuilder();
        html.Append("<p class=\"lead\">").Append(Html.E(manifest.Name)).Append(' ').Append(Html.E(manifest.Version)).Append(": ").Append(Html.E(manifest.Description)).Append("</p>");
        if (saved)
        {
            html.Append("<p class=\"alert ok\" role=\"status\">Settings saved.</p>");
        }

        var errors = submission?.Errors ?? [];
        var general = submission?.GeneralErrors ?? [];
        if (errors.Count + general.Count > 0)
        {
            html.Append("<div class=\"alert error\" id=\"error-summary\" role=\"alert\" tabindex=\"-1\"><h2>")
                .Append(errors.Count + general.Count).Append(errors.Count + general.Count == 1 ? " problem" : " problems").Append(": nothing was saved</h2><ul>");
            foreach (var message in general)
            {
                html.Append("<li>").Append(Html.E(message)).Append("</li>");
            }

            foreach (var error in errors)
            {
                var known = manifest.ServerVariables.FirstOrDefault(v => string.Equals(v.Name, error.Variable, StringComparison.OrdinalIgnoreCase));
                html.Append("<li>");
                if (known is null)
                {
                    html.Append(Html.E(error.ToString()));
                }
                else
                {
                    html.Append("<a href=\"#").Append(Html.Id("sv", known.Name)).Append("\">").Append(Html.E(known.DisplayName)).Append("</a>: ").Append(Html.E(error.Message));
                }

                html.Append("</li>");
            }

            html.Append("</ul></div>");
        }

        html.Append("<form method=\"post\" action=\"").Append(Html.E(PageResults.PathOf(instance, "settings"))).Append("\" novalidate class=\"settings\">").Append(token.Hidden)
            .Append("<p class=\"hint\"><span class=\"req\" aria-hidden=\"true\">*</span> required. Secrets are write-only: leave a secret empty to keep the stored value.</p>");
        var offeredUrl = false;
        foreach (var variable in manifest.ServerVariables)
        {
            var fieldErrors = errors.Where(e => string.Equals(e.Variable, variable.Name, StringComparison.OrdinalIgnoreCase)).Select(e => e.Message).ToList();
            var offer = !offeredUrl && variable.Type == ServerVariableType.Url ? defaults.SimulatorSiteUrl : null;
            offeredUrl |= variable.Type == ServerVariableType.Url;
            Field(html, manifest, variable, stored.GetValueOrDefault(variable.Name), submission?.Typed.GetValueOrDefault(variable.Name), fieldErrors, offer);
        }

        html.Append("<div class=\"actions\"><button type=\"submit\">Save settings</button></div></form>");
        return html.ToString();
    }

    private static void Field(StringBuilder html, ConnectorManifest manifest, ServerVariableDefinition variable, string? stored, string? typed, List<string> errors, Uri? offer)
    {
        var id = Html.Id("sv", variable.Name);
        var secret = ServerVariableValues.IsSecret(variable.Name, manifest);
        var describedBy = new List<string> { id + "-desc" };
        html.Append("<div class=\"field").Append(errors.Count > 0 ? " invalid" : string.Empty).Append("\" data-variable=\"").Append(Html.E(variable.Name)).Append("\">")
            .Append("<label for=\"").Append(id).Append("\">").Append(Html.E(variable.DisplayName));
        if (variable.Required)
        {
            html.Append(" <span class=\"req\" aria-hidden=\"true\">*</span><span class=\"sr-only\"> (required)</span>");
        }

        html.Append("</label><p class=\"hint\" id=\"").Append(id).Append("-desc\">").Append(Html.E(variable.Description));
        if (!string.IsNullOrEmpty(variable.DefaultValue))
        {
            html.Append(" Default: <code>").Append(Html.E(variable.DefaultValue)).Append("</code>.");
        }

        if (variable.UsedFor.Count > 0)
        {
            html.Append(" Used for: ").Append(Html.E(string.Join(", ", variable.UsedFor))).Append('.');
        }

        html.Append("</p>");
        if (secret)
        {
            describedBy.Add(id + "-state");
            html.Append("<p class=\"secret-state\" id=\"").Append(id).Append("-state\">")
                .Append(string.IsNullOrEmpty(stored)
                    ? "not set"
                    : ServerVariableValues.IsEnvironmentReference(stored) ? "•••• set from the environment variable " + Html.E(stored[ServerVariableValues.EnvironmentPrefix.Length..]) : "•••• set")
                .Append("</p>");
        }

        if (errors.Count > 0)
        {
            describedBy.Add(id + "-error");
        }

        var common = $" id=\"{id}\" name=\"{Html.E(SettingsForm.FieldPrefix + variable.Name)}\" aria-describedby=\"{string.Join(' ', describedBy)}\""
            + (variable.Required ? " aria-required=\"true\"" : string.Empty)
            + (errors.Count > 0 ? " aria-invalid=\"true\"" : string.Empty);
        if (secret)
        {
            // The stored value never travels to the browser: the input always starts empty.
            html.Append("<input type=\"password\" autocomplete=\"new-password\" spellcheck=\"false\"").Append(common)
                .Append(" placeholder=\"").Append(string.IsNullOrEmpty(stored) ? string.Empty : "leave empty to keep").Append("\" value=\"\">");
            if (!string.IsNullOrEmpty(stored) && !variable.Required)
            {
                html.Append("<label class=\"inline\"><input type=\"checkbox\" name=\"").Append(Html.E(SettingsForm.ClearPrefix + variable.Name)).Append("\"> remove the stored value</label>");
            }
        }
        else if (variable.AllowedValues.Count > 0)
        {
            var current = typed ?? stored ?? string.Empty;
            html.Append("<select").Append(common).Append("><option value=\"\">")
                .Append(string.IsNullOrEmpty(variable.DefaultValue) ? "(not set)" : "(default: " + Html.E(variable.DefaultValue) + ")").Append("</option>");
            foreach (var allowed in variable.AllowedValues)
            {
                html.Append("<option value=\"").Append(Html.E(allowed)).Append('"').Append(string.Equals(allowed, current, StringComparison.OrdinalIgnoreCase) ? " selected" : string.Empty)
                    .Append('>').Append(Html.E(allowed)).Append("</option>");
            }

            html.Append("</select>");
        }
        else
        {
            var value = typed ?? stored;
            var offered = string.IsNullOrEmpty(value) && offer is not null;
            html.Append("<input type=\"text\" spellcheck=\"false\" autocomplete=\"off\"").Append(common)
                .Append(variable.Type == ServerVariableType.RemoteId ? " inputmode=\"numeric\"" : string.Empty)
                .Append(" placeholder=\"").Append(Html.E(variable.DefaultValue)).Append("\" value=\"").Append(Html.E(offered ? offer!.ToString() : value)).Append("\">");
            if (offered)
            {
                html.Append("<p class=\"hint\">Offered: the embedded ConnectWise simulator of this host.</p>");
            }
        }

        foreach (var error in errors)
        {
            html.Append("<p class=\"error\" id=\"").Append(id).Append("-error\">").Append(Html.E(error)).Append("</p>");
        }

        html.Append("</div>");
    }
}
