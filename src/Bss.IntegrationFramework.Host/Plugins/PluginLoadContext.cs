using System.Reflection;
using System.Runtime.Loader;

namespace Bss.IntegrationFramework.Host.Plugins;

/// <summary>
/// Loads one connector plugin and its private dependencies in isolation. The contract and the logging
/// abstractions are shared with the host (taken from the default context), so <see cref="IConnector"/> and
/// <c>ILoggerFactory</c> are the same types on both sides.
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

    /// <summary>Initializes a new instance of the <see cref="PluginLoadContext"/> class.</summary>
    /// <param name="pluginPath">The full path of the plugin's main assembly (its .deps.json lies beside it).</param>
    public PluginLoadContext(string pluginPath)
        : base(Path.GetFileNameWithoutExtension(pluginPath), isCollectible: false)
    {
        PluginPath = pluginPath;
        _resolver = new AssemblyDependencyResolver(pluginPath);
    }

    /// <summary>Gets the full path of the plugin's main assembly.</summary>
    public string PluginPath { get; }

    /// <summary>Tells whether an assembly is shared with the host rather than loaded from the plugin folder.</summary>
    /// <param name="assemblyName">The assembly's simple name.</param>
    /// <returns><see langword="true"/> when the host's copy is used.</returns>
    public static bool IsShared(string? assemblyName) => assemblyName is not null && SharedAssemblies.Contains(assemblyName);

    /// <inheritdoc />
    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (IsShared(assemblyName.Name))
        {
            try
            {
                return Default.LoadFromAssemblyName(assemblyName);
            }
            catch (FileNotFoundException)
            {
                // The host does not carry it: fall back to the plugin's own copy.
            }
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    /// <inheritdoc />
    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }
}
