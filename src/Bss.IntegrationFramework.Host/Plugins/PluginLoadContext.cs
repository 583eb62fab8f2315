using System.Reflection;
using System.Runtime.Loader;

namespace Bss.IntegrationFramework.Host.Plugins;

/// <summary>
/// Loads one connector plugin in a context of its own. The contract and the logging abstractions are always shared
/// with the host (taken from the default context), so <see cref="IConnector"/> and <c>ILoggerFactory</c> are the same
/// types on both sides. Any other dependency the plugin ships is taken from the host too when the host carries the
/// same or a newer version of it, assembly and file (the deployed host is one ReadyToRun image with the framework,
/// and the dependencies it carries for plugins are precompiled there); else the plugin's own copy is loaded, so a
/// plugin that ships a newer patch of an assembly runs on it.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private static readonly HashSet<string> SharedAssemblies = new(StringComparer.OrdinalIgnoreCase)
    {
        "Bss.IntegrationFramework.Abstractions",
        "Microsoft.Extensions.Logging.Abstractions",
        "Microsoft.Extensions.DependencyInjection.Abstractions",
    };

    private readonly AssemblyDependencyResolver _resolver;
    private readonly HostAssemblies _host;
    private readonly string _pluginName;

    /// <summary>Initializes a new instance of the <see cref="PluginLoadContext"/> class.</summary>
    /// <param name="pluginPath">The full path of the plugin's main assembly (its .deps.json lies beside it).</param>
    public PluginLoadContext(string pluginPath)
        : this(pluginPath, HostAssemblies.Default)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="PluginLoadContext"/> class.</summary>
    /// <param name="pluginPath">The full path of the plugin's main assembly (its .deps.json lies beside it).</param>
    /// <param name="host">What the host carries (the default context's assemblies).</param>
    internal PluginLoadContext(string pluginPath, HostAssemblies host)
        : base(Path.GetFileNameWithoutExtension(pluginPath), isCollectible: false)
    {
        PluginPath = pluginPath;
        _pluginName = Path.GetFileNameWithoutExtension(pluginPath);
        _resolver = new AssemblyDependencyResolver(pluginPath);
        _host = host;
    }

    /// <summary>Gets the full path of the plugin's main assembly.</summary>
    public string PluginPath { get; }

    /// <summary>Tells whether an assembly is always shared with the host rather than loaded from the plugin folder.</summary>
    /// <param name="assemblyName">The assembly's simple name.</param>
    /// <returns><see langword="true"/> when the host's copy is used whatever its version.</returns>
    public static bool IsShared(string? assemblyName) => assemblyName is not null && SharedAssemblies.Contains(assemblyName);

    /// <summary>Tells whether the host's copy of a dependency the plugin ships is used instead of the plugin's.</summary>
    /// <param name="host">The versions the host carries, or <see langword="null"/> when it carries none.</param>
    /// <param name="plugin">The versions of the plugin's copy.</param>
    /// <returns><see langword="true"/> when the host carries the same or a newer assembly and file.</returns>
    public static bool PrefersHostCopy(DependencyVersion? host, DependencyVersion? plugin) =>
        host is { } carried && plugin is { } shipped && carried.Serves(shipped);

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsShared(assemblyName.Name) && LoadFromHost(assemblyName) is { } shared)
        {
            return shared;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        if (path is null)
        {
            // Not the plugin's (the framework): the default context resolves it.
            return null;
        }

        if (!string.Equals(assemblyName.Name, _pluginName, StringComparison.OrdinalIgnoreCase)
            && PrefersHostCopy(_host.VersionOf(assemblyName.Name), DependencyVersion.OfFile(path))
            && LoadFromHost(assemblyName) is { } fromHost)
        {
            return fromHost;
        }

        return LoadFromAssemblyPath(path);
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    private static Assembly? LoadFromHost(AssemblyName assemblyName)
    {
        try
        {
            return Default.LoadFromAssemblyName(assemblyName);
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException)
        {
            // The host does not carry it (or not in the version asked for): the plugin's own copy is used.
            return null;
        }
    }
}
