using System.Collections.Concurrent;
using System.Runtime.Loader;

namespace Bss.IntegrationFramework.Host.Plugins;

/// <summary>
/// The assemblies the host process carries: those of the default load context, known from the runtime's list of
/// trusted platform assemblies (the host's own deps.json and the framework), by simple name, with their assembly and file versions.
/// </summary>
internal sealed class HostAssemblies
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> TrustedPaths = new(ReadTrustedPaths);
    private readonly Func<string, DependencyVersion?> _versionOf;
    private readonly ConcurrentDictionary<string, DependencyVersion?> _versions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Initializes a new instance of the <see cref="HostAssemblies"/> class.</summary>
    /// <param name="versionOf">The versions the host carries of a simple name, or <see langword="null"/> for none.</param>
    public HostAssemblies(Func<string, DependencyVersion?> versionOf)
    {
        _versionOf = versionOf;
    }

    /// <summary>Gets what this process carries.</summary>
    public static HostAssemblies Default { get; } = new(TrustedVersionOf);

    /// <summary>Gets the versions the host carries of an assembly.</summary>
    /// <param name="simpleName">The assembly's simple name.</param>
    /// <returns>The versions, or <see langword="null"/> when the host carries none.</returns>
    public DependencyVersion? VersionOf(string? simpleName) =>
        string.IsNullOrEmpty(simpleName) ? null : _versions.GetOrAdd(simpleName, _versionOf);

    private static DependencyVersion? TrustedVersionOf(string simpleName)
    {
        var loaded = AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => string.Equals(a.GetName().Name, simpleName, StringComparison.OrdinalIgnoreCase));
        if (loaded is not null && !string.IsNullOrEmpty(loaded.Location))
        {
            return DependencyVersion.OfFile(loaded.Location);
        }

        // Reads the metadata only; the assembly is loaded when the plugin asks for it.
        return TrustedPaths.Value.TryGetValue(simpleName, out var path) ? DependencyVersion.OfFile(path) : null;
    }

    private static Dictionary<string, string> ReadTrustedPaths()
    {
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? string.Empty;
        foreach (var path in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            paths.TryAdd(Path.GetFileNameWithoutExtension(path), path);
        }

        return paths;
    }
}
