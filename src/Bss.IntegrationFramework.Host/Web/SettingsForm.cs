using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;
using Microsoft.AspNetCore.Http;

namespace Bss.IntegrationFramework.Host.Web;

/// <summary>
/// Reads the settings form: merges it with the stored values (an empty secret keeps the stored one), validates the
/// result with the connector, and saves every change at once or none of them.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class SettingsForm(HostServices services)
{
    /// <summary>The prefix of a server variable's form field.</summary>
    public const string FieldPrefix = "sv.";

    /// <summary>The prefix of the check box that removes a stored secret.</summary>
    public const string ClearPrefix = "clear.";

    /// <summary>Validates and saves a submitted form.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="form">The form.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="only">The variables the form holds, when it holds only some (the Options page's); by default every one.</param>
    /// <returns>What came of it.</returns>
    public async Task<SettingsSubmission> SubmitAsync(InstanceInfo instance, IFormCollection form, CancellationToken cancellationToken, IReadOnlySet<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(form);
        var manifest = services.Catalog.GetManifest(instance.Connector);
        var stored = await services.Instances.GetVariablesAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var changes = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var typed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var variable in manifest.ServerVariables.Where(v => only is null || only.Contains(v.Name)))
        {
            var value = form[FieldPrefix + variable.Name].ToString().Trim();
            var current = stored.GetValueOrDefault(variable.Name) ?? string.Empty;
            if (ServerVariableValues.IsSecret(variable.Name, manifest))
            {
                if (form.ContainsKey(ClearPrefix + variable.Name) && value.Length == 0)
                {
                    if (current.Length > 0)
                    {
                        changes[variable.Name] = null;
                    }
                }
                else if (value.Length > 0 && value != current)
                {
                    changes[variable.Name] = value;
                }
            }
            else
            {
                typed[variable.Name] = value;
                if (value != current)
                {
                    changes[variable.Name] = value.Length == 0 ? null : value;
                }
            }
        }

        var merged = new Dictionary<string, string?>(stored, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in changes)
        {
            merged[name] = value;
        }

        var (errors, general) = Validate(instance.Connector, merged);
        if (only is not null)
        {
            // A part of the settings is judged on its own: problems of the other variables are the Settings page's.
            errors = [.. errors.Where(e => only.Contains(e.Variable))];
        }

        if (errors.Count > 0 || general.Count > 0)
        {
            return new SettingsSubmission(typed, errors, general, 0);
        }

        if (changes.Count > 0)
        {
            await new InstanceActivation(services).SetVariablesAsync(instance, changes, cancellationToken).ConfigureAwait(false);
        }

        return new SettingsSubmission(typed, [], [], changes.Count);
    }

    /// <summary>Validates stored values as the connector would see them.</summary>
    /// <param name="connectorKey">The connector.</param>
    /// <param name="values">The values, environment references unresolved.</param>
    /// <returns>The problems by variable, and those of no variable.</returns>
    public (IReadOnlyList<SettingError> Errors, IReadOnlyList<string> General) Validate(string connectorKey, IReadOnlyDictionary<string, string?> values)
    {
        IReadOnlyDictionary<string, string?> resolved;
        try
        {
            resolved = ServerVariableValues.Resolve(values);
        }
        catch (HostException ex)
        {
            return ([], [ex.Message]);
        }

        var connector = services.Catalog.Create(connectorKey);
        try
        {
            return ([.. connector.ValidateSettings(resolved)], []);
        }
        finally
        {
            (connector as IDisposable)?.Dispose();
        }
    }
}
