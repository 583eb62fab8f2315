using Bss.IntegrationFramework.Host.Alerts;
using Bss.IntegrationFramework.Host.Bss;
using Bss.IntegrationFramework.Host.Instances;
using Bss.IntegrationFramework.Host.Plugins;
using Bss.IntegrationFramework.Host.Storage;
using Microsoft.Extensions.Logging;

namespace Bss.IntegrationFramework.Host;

/// <summary>What every command works with: the store, the installed connectors, the clock and logging.</summary>
internal sealed class HostServices : IDisposable
{
    /// <summary>The environment variable whose value is passed to connectors as the AutoMapper licence key.</summary>
    public const string AutoMapperLicenseVariable = "AUTOMAPPER_LICENSE_KEY";

    private HostServices(HostDatabase database, ConnectorCatalog catalog, ILoggerFactory loggerFactory, IReadOnlyDictionary<string, string> hostProperties, SecretRedactor redactor, HostSettings settings)
    {
        var protector = settings.Protector;
        AllowLoopbackHttp = settings.AllowLoopbackHttp;
        WebhookRetryDelays = settings.WebhookRetryDelays;
        Alerts = new AlertStore(database, protector);
        Redactor = redactor;
        Database = database;
        Catalog = catalog;
        LoggerFactory = loggerFactory;
        HostProperties = hostProperties;
        Instances = new InstanceStore(database, protector);
        Lookups = new LookupStore(database);
        Options = new SyncOptionStore(database);
        Records = new BssRecordStore(database);
        Runs = new RunLog(database);
    }

    /// <summary>Gets the secrets of the instances in use, masked in output and in the run log.</summary>
    public SecretRedactor Redactor { get; }

    /// <summary>Gets the store.</summary>
    public HostDatabase Database { get; }

    /// <summary>Gets the installed connectors.</summary>
    public ConnectorCatalog Catalog { get; }

    /// <summary>Gets the logger factory handed to connectors.</summary>
    public ILoggerFactory LoggerFactory { get; }

    /// <summary>Gets the host properties handed to connectors.</summary>
    public IReadOnlyDictionary<string, string> HostProperties { get; }

    /// <summary>Gets the clock.</summary>
    public TimeProvider TimeProvider => Database.TimeProvider;

    /// <summary>Gets the instances and their server variables.</summary>
    public InstanceStore Instances { get; }

    /// <summary>Gets the lookup tables.</summary>
    public LookupStore Lookups { get; }

    /// <summary>Gets the synchronization options.</summary>
    public SyncOptionStore Options { get; }

    /// <summary>Gets the BSS records.</summary>
    public BssRecordStore Records { get; }

    /// <summary>Gets the sync log.</summary>
    public RunLog Runs { get; }

    /// <summary>Gets the alerts and their settings.</summary>
    public AlertStore Alerts { get; }

    /// <summary>Gets a value indicating whether plain http to loopback addresses is allowed (<c>--allow-loopback-http</c>).</summary>
    public bool AllowLoopbackHttp { get; }

    /// <summary>Gets the delays between attempts to notify an alert webhook.</summary>
    public IReadOnlyList<TimeSpan> WebhookRetryDelays { get; }

    /// <summary>Opens the store and prepares the catalog.</summary>
    /// <param name="settings">Where the store and plugins are, and what to hand connectors.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The services; dispose them.</returns>
    public static async Task<HostServices> OpenAsync(HostSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var database = await HostDatabase.OpenAsync(settings.DatabasePath, settings.TimeProvider, cancellationToken).ConfigureAwait(false);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var licence = Environment.GetEnvironmentVariable(AutoMapperLicenseVariable);
        if (!string.IsNullOrWhiteSpace(licence))
        {
            properties[HostPropertyNames.AutoMapperLicenseKey] = licence;
        }

        // Said both ways: the contract lets plain http to loopback through unless the host says "false", and
        // --allow-loopback-http is meant to be the only way to allow it.
        properties[HostPropertyNames.AllowLoopbackHttp] = settings.AllowLoopbackHttp ? "true" : "false";

        return new HostServices(database, new ConnectorCatalog(settings.PluginsDirectory), settings.LoggerFactory, properties, settings.Redactor, settings);
    }

    /// <summary>Gets the links store of an instance.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns>The store.</returns>
    public SqliteLinkStore LinksOf(InstanceInfo instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new SqliteLinkStore(Database, instance.Id);
    }

    /// <summary>Gets the cursor store of an instance.</summary>
    /// <param name="instance">The instance.</param>
    /// <returns>The store.</returns>
    public SqliteSyncStateStore StateOf(InstanceInfo instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new SqliteSyncStateStore(Database, instance.Id);
    }

    /// <inheritdoc />
    public void Dispose() => Database.Dispose();
}
