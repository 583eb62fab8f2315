using System.Collections.Concurrent;
using System.Reflection;

namespace Bss.IntegrationFramework.Host.Plugins;

/// <summary>
/// Finds connector plugins under a plugins folder (<c>plugins/&lt;PluginName&gt;/&lt;PluginName&gt;.dll</c>), loads each
/// in its own <see cref="PluginLoadContext"/> and creates connectors.
/// </summary>
internal sealed class ConnectorCatalog
{
    /// <summary>The environment variable that overrides the plugins folder.</summary>
    public const string PluginsPathVariable = "BSS_PLUGINS_PATH";

    // Load contexts are not collectible: one per plugin file for the life of the process.
    private static readonly ConcurrentDictionary<string, Lazy<PluginLoadContext>> Contexts = new(StringComparer.Ordinal);

    private readonly Lazy<IReadOnlyList<ConnectorDescriptor>> _connectors;
    private readonly List<string> _pluginsWithoutConnector = [];
    private readonly Dictionary<string, ConnectorManifest> _manifests = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="ConnectorCatalog"/> class.</summary>
    /// <param name="pluginsDirectory">The plugins folder; <see langword="null"/> for the environment variable or the default.</param>
    public ConnectorCatalog(string? pluginsDirectory = null)
    {
        PluginsDirectory = Path.GetFullPath(ResolveDirectory(pluginsDirectory));
        _connectors = new Lazy<IReadOnlyList<ConnectorDescriptor>>(Discover);
    }

    /// <summary>Gets the plugins folder searched.</summary>
    public string PluginsDirectory { get; }

    /// <summary>Gets every connector found, loading the plugins on first use.</summary>
    public IReadOnlyList<ConnectorDescriptor> Connectors => _connectors.Value;

    /// <summary>Gets the folder used when no option is given: the environment variable, else <c>plugins</c> beside the host.</summary>
    /// <param name="pluginsDirectory">The option's value, if any.</param>
    /// <returns>The folder.</returns>
    public static string ResolveDirectory(string? pluginsDirectory)
    {
        if (!string.IsNullOrWhiteSpace(pluginsDirectory))
        {
            return pluginsDirectory;
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(PluginsPathVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment)
            ? Path.Combine(AppContext.BaseDirectory, "plugins")
            : fromEnvironment;
    }

    /// <summary>Finds a connector by key; with no key, the only connector there is.</summary>
    /// <param name="key">The connector's key, or <see langword="null"/>.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="HostException">No such connector, or several when none was named.</exception>
    public ConnectorDescriptor Find(string? key)
    {
        var connectors = Connectors;
        if (connectors.Count == 0)
        {
            throw new HostException(_pluginsWithoutConnector.Count > 0
                ? $"The plugins {string.Join(", ", _pluginsWithoutConnector)} under {PluginsDirectory} contain no public IConnector with a parameterless constructor."
                : $"No connector plugin found under {PluginsDirectory} (expected plugins/<Name>/<Name>.dll; build the host or set {PluginsPathVariable}).");
        }

        if (string.IsNullOrWhiteSpace(key))
        {
            return connectors.Count == 1
                ? connectors[0]
                : throw new HostException($"Several connectors are installed ({string.Join(", ", connectors.Select(c => c.Key))}); name one with --connector.");
        }

        return connectors.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase))
            ?? throw new HostException($"Connector '{key}' is not installed under {PluginsDirectory} (installed: {string.Join(", ", connectors.Select(c => c.Key))}).");
    }

    /// <summary>Creates a connector through its public parameterless constructor.</summary>
    /// <param name="key">The connector's key, or <see langword="null"/> for the only one.</param>
    /// <returns>The connector.</returns>
    public IConnector Create(string? key)
    {
        var descriptor = Find(key);
        try
        {
            return (IConnector)Activator.CreateInstance(descriptor.Type)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new HostException($"Connector '{descriptor.Key}' could not be created: {ex.InnerException.Message}", ex.InnerException);
        }
    }

    /// <summary>Reads a connector's manifest (creating and disposing a connector once per catalog).</summary>
    /// <param name="key">The connector's key, or <see langword="null"/> for the only one.</param>
    /// <returns>The manifest.</returns>
    public ConnectorManifest GetManifest(string? key)
    {
        var descriptor = Find(key);
        lock (_manifests)
        {
            if (!_manifests.TryGetValue(descriptor.Key, out var manifest))
            {
                var connector = Create(descriptor.Key);
                manifest = connector.Manifest;
                (connector as IDisposable)?.Dispose();
                _manifests[descriptor.Key] = manifest;
            }

            return manifest;
        }
    }

    private static PluginLoadContext ContextFor(string pluginPath) =>
        Contexts.GetOrAdd(pluginPath, path => new Lazy<PluginLoadContext>(() => new PluginLoadContext(path))).Value;

    private static IEnumerable<Type> ConnectorTypes(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = ex.Types;
        }

        return types
            .OfType<Type>()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConnector).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
    }

    private List<ConnectorDescriptor> Discover()
    {
        var found = new List<ConnectorDescriptor>();
        if (!Directory.Exists(PluginsDirectory))
        {
            return found;
        }

        foreach (var folder in Directory.EnumerateDirectories(PluginsDirectory).Order(StringComparer.Ordinal))
        {
            var pluginName = Path.GetFileName(folder);
            var pluginPath = Path.Combine(folder, pluginName + ".dll");
            if (!File.Exists(pluginPath))
            {
                continue;
            }

            Assembly assembly;
            try
            {
                assembly = ContextFor(pluginPath).LoadFromAssemblyPath(pluginPath);
            }
            catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or FileNotFoundException)
            {
                throw new HostException($"Plugin '{pluginName}' could not be loaded from {pluginPath}: {ex.Message}", ex);
            }

            var types = ConnectorTypes(assembly).ToList();
            if (types.Count == 0)
            {
                _pluginsWithoutConnector.Add(pluginName);
            }

            found.AddRange(types.Select(t => new ConnectorDescriptor(types.Count == 1 ? pluginName : $"{pluginName}/{t.Name}", pluginName, t)));
        }

        return found;
    }
}
