using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>Creates instances and sets their server variables, checking names against the connector's manifest.</summary>
/// <param name="services">The host services.</param>
internal sealed class InstanceActivation(HostServices services)
{
    /// <summary>Creates an instance of a connector.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="connectorKey">The connector key, or <see langword="null"/> for the only one installed.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The instance.</returns>
    public async Task<InstanceInfo> ActivateAsync(string name, string? connectorKey, CancellationToken cancellationToken)
    {
        var descriptor = services.Catalog.Find(connectorKey);
        return await services.Instances.CreateAsync(name, descriptor.Key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets server variables of an instance; every name must be one the connector declares, by its name or its label.</summary>
    /// <param name="instance">The instance.</param>
    /// <param name="values">The values by name; empty removes a variable.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the values are stored.</returns>
    /// <exception cref="HostException">A name is not a server variable of the connector.</exception>
    public async Task SetVariablesAsync(InstanceInfo instance, IReadOnlyDictionary<string, string?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(values);
        var manifest = services.Catalog.GetManifest(instance.Connector);
        var canonical = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        foreach (var (name, value) in values)
        {
            var definition = ServerVariableNaming.Find(manifest, name);
            if (definition is null)
            {
                unknown.Add(name);
            }
            else
            {
                canonical[definition.Name] = value;
                if (ServerVariableValues.IsSecret(definition.Name, manifest) && !ServerVariableValues.IsEnvironmentReference(value))
                {
                    services.Redactor.Add(value);
                    canonical[definition.Name] = services.Instances.ProtectSecret(definition.Name, value);
                }
            }
        }

        if (unknown.Count > 0)
        {
            throw new HostException($"{string.Join(", ", unknown)}: not a server variable of {manifest.Name} (known: {string.Join(", ", manifest.ServerVariables.Select(ServerVariableNaming.Describe))}).");
        }

        await services.Instances.SetVariablesAsync(instance.Id, canonical, cancellationToken).ConfigureAwait(false);
    }
}
