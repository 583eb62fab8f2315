using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Instances;

/// <summary>An instance ready to open sessions: its connector and the context handed to it.</summary>
/// <param name="Instance">The instance.</param>
/// <param name="Connector">The connector, created from its plugin; disposed with the runtime when it is disposable.</param>
/// <param name="Context">The configuration and host services for the connector.</param>
/// <param name="Links">The instance's links.</param>
internal sealed record InstanceRuntime(InstanceInfo Instance, IConnector Connector, ConnectorContext Context, SqliteLinkStore Links) : IAsyncDisposable
{
    /// <summary>Gets a value indicating whether the runtime created its connector (and disposes it); a shared one is kept.</summary>
    public bool OwnsConnector { get; init; } = true;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!OwnsConnector)
        {
            return;
        }

        switch (Connector)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    /// <summary>Loads an instance, creates its connector and builds its context.</summary>
    /// <param name="services">The host services.</param>
    /// <param name="instanceName">The instance name.</param>
    /// <param name="progress">Where progress goes, if anywhere.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <param name="sharedConnector">A connector of the instance kept by the caller (its transport and caches reused), or <see langword="null"/> to create one.</param>
    /// <returns>The runtime.</returns>
    public static async Task<InstanceRuntime> CreateAsync(HostServices services, string instanceName, IProgress<SyncProgress>? progress, CancellationToken cancellationToken, IConnector? sharedConnector = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var instance = await services.Instances.GetAsync(instanceName, cancellationToken).ConfigureAwait(false);
        var connector = sharedConnector ?? services.Catalog.Create(instance.Connector);
        var variables = await services.Instances.GetVariablesAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var lookups = await services.Lookups.GetAllAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var disabled = await services.Options.GetDisabledAsync(instance.Id, cancellationToken).ConfigureAwait(false);
        var links = services.LinksOf(instance);
        var resolved = ServerVariableValues.Resolve(variables);
        foreach (var (name, value) in resolved)
        {
            if (ServerVariableValues.IsSecret(name, connector.Manifest))
            {
                services.Redactor.Add(value);
            }
        }

        var context = new ConnectorContext
        {
            InstanceName = instance.Name,
            ServerVariables = resolved,
            Lookups = lookups,
            Options = SyncOptionStore.ToSyncOptions(connector.Manifest, disabled),
            Links = links,
            State = services.StateOf(instance),
            Records = services.Records,
            LoggerFactory = services.LoggerFactory,
            TimeProvider = services.TimeProvider,
            Progress = progress,
            HostProperties = services.HostProperties,
        };
        return new InstanceRuntime(instance, connector, context, links) { OwnsConnector = sharedConnector is null };
    }
}
