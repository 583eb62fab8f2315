using System.Collections.Concurrent;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Callbacks;

/// <summary>
/// One connector per instance for the receiver and the worker while the web server runs, so a callback does not pay
/// for a new connector (its HTTP handlers, codebase discovery, mapper) and its pull reuses the same transport, limits
/// and setup tables. Sessions are still opened per callback and per pull, with the instance's current settings.
/// </summary>
/// <param name="services">The host services.</param>
internal sealed class CallbackConnectors(HostServices services) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<IConnector>> _connectors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The connector of an instance, created the first time.</summary>
    public IConnector Get(InstanceInfo instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return _connectors.GetOrAdd(instance.Name, _ => new Lazy<IConnector>(() => services.Catalog.Create(instance.Connector))).Value;
    }

    /// <summary>
    /// Opens and closes a session of every instance with callbacks enabled (no request is sent), so the first callback
    /// finds its connector ready.
    /// </summary>
    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        var store = new CallbackStore(services.Database);
        foreach (var instance in await services.Instances.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await store.GetSettingsAsync(instance.Id, cancellationToken).ConfigureAwait(false) is null)
            {
                continue;
            }

            try
            {
                var runtime = await InstanceRuntime.CreateAsync(services, instance.Name, null, cancellationToken, Get(instance)).ConfigureAwait(false);
                await using (runtime.ConfigureAwait(false))
                {
                    var session = await runtime.Connector.OpenSessionAsync(runtime.Context, cancellationToken).ConfigureAwait(false);
                    await session.DisposeAsync().ConfigureAwait(false);
                }
            }
            catch (ConnectorConfigurationException)
            {
                // Settings that cannot be used now are reported when a callback or a pull opens a session.
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var connector in _connectors.Values.Where(l => l.IsValueCreated).Select(l => l.Value))
        {
            switch (connector)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }

        _connectors.Clear();
    }
}
