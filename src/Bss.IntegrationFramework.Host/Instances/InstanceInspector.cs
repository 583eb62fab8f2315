using System.Globalization;

namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>Builds the summary of an instance, masking every secret.</summary>
/// <param name="services">The host services.</param>
internal sealed class InstanceInspector(HostServices services)
{
    /// <summary>Summarises an instance.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The summary.</returns>
    public async Task<InstanceSummary> InspectAsync(string name, CancellationToken cancellationToken)
    {
        var instance = await services.Instances.GetAsync(name, cancellationToken).ConfigureAwait(false);
        var manifest = services.Catalog.GetManifest(instance.Connector);
        var stored = await services.Instances.GetVariablesAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var variables = manifest.ServerVariables
            .Select(v => new VariableSummary(
                v.Name,
                ServerVariableValues.Display(v.Name, stored.GetValueOrDefault(v.Name), manifest),
                !string.IsNullOrEmpty(stored.GetValueOrDefault(v.Name)),
                v.Required,
                ServerVariableValues.IsSecret(v.Name, manifest),
                v.DefaultValue,
                v.DisplayName))
            .Concat(stored.Keys
                .Where(k => !manifest.ServerVariables.Any(v => string.Equals(v.Name, k, StringComparison.OrdinalIgnoreCase)))
                .Select(k => new VariableSummary(k, ServerVariableValues.Display(k, stored[k], manifest), true, false, ServerVariableValues.IsSecret(k, manifest), null)))
            .ToList();

        var disabled = await services.Options.GetDisabledAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var links = await services.LinksOf(instance).ListAsync(null, cancellationToken).ConfigureAwait(false);
        var runs = await services.Runs.ListAsync(instance.Id, 1, cancellationToken).ConfigureAwait(false);
        var lastRun = runs.Count == 0 ? null : runs[0];
        var raw = await services.Instances.GetStoredVariablesAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var plainSecrets = raw.Count(v => ServerVariableValues.IsSecret(v.Key, manifest) && !string.IsNullOrEmpty(v.Value)
            && !ServerVariableValues.IsEnvironmentReference(v.Value) && !Storage.SecretProtector.IsProtected(v.Value));
        return new InstanceSummary(
            instance.Name,
            instance.Connector,
            instance.CreatedAt,
            variables,
            SettingErrors(instance.Connector, stored),
            await services.Lookups.GetAllAsync(instance.Id, cancellationToken).ConfigureAwait(false),
            [.. disabled.Select(d => $"{d.Module}.{d.Operation}").Order(StringComparer.Ordinal)],
            links.GroupBy(l => l.Module, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            lastRun is null ? null : string.Create(CultureInfo.InvariantCulture, $"run {lastRun.Id}: {lastRun.Status}, started {lastRun.StartedAt:u}, {Wording.Count(lastRun.Requests, "request")}{(lastRun.DryRun ? ", dry run" : string.Empty)}"))
        {
            SecretsAtRest = plainSecrets == 0 ? null
                : services.Instances.ProtectsSecrets
                    ? string.Create(CultureInfo.InvariantCulture, $"{plainSecrets} secret values were stored before the protection key was given and are unencrypted: set them again")
                    : $"secrets stored unencrypted: set {Storage.SecretProtector.KeyVariable} (or --protection-key-file) and set them again, or use env: references",
        };
    }

    private List<string> SettingErrors(string connectorKey, IReadOnlyDictionary<string, string?> stored)
    {
        IReadOnlyDictionary<string, string?> resolved;
        try
        {
            resolved = ServerVariableValues.Resolve(stored);
        }
        catch (HostException ex)
        {
            return [ex.Message];
        }

        var connector = services.Catalog.Create(connectorKey);
        try
        {
            return [.. connector.ValidateSettings(resolved).Select(e => e.ToString())];
        }
        finally
        {
            (connector as IDisposable)?.Dispose();
        }
    }
}
