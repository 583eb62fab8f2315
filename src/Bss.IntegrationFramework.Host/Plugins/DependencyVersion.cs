namespace Bss.IntegrationFramework.Host.Plugins;

/// <summary>
/// The versions of one copy of an assembly: the assembly version binding asks for, and the file version its package
/// stamps. Microsoft.Extensions.* keep one assembly version (10.0.0.0) across all their patches, so only the file
/// version tells a patched copy from an older one.
/// </summary>
/// <param name="Assembly">The assembly version.</param>
/// <param name="File">The file version, or <see langword="null"/> when the file carries none that parses.</param>
internal readonly record struct DependencyVersion(Version Assembly, Version? File)
{
    /// <summary>Reads the versions of an assembly file without loading it.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The versions, or <see langword="null"/> when the file cannot be read as an assembly.</returns>
    public static DependencyVersion? OfFile(string path)
    {
        try
        {
            if (System.Reflection.AssemblyName.GetAssemblyName(path).Version is not { } assembly)
            {
                return null;
            }

            // FileVersion may carry a suffix ("13.0.4.30916 built by …"): the leading dotted numbers are the version.
            var text = System.Diagnostics.FileVersionInfo.GetVersionInfo(path).FileVersion?.Split(' ', 2)[0];
            return new DependencyVersion(assembly, Version.TryParse(text, out var file) ? file : null);
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Tells whether this (the host's copy) serves a plugin that ships <paramref name="plugin"/>: the same or a newer
    /// assembly version, and not an older file (an older patch of the same assembly version loses to the plugin's).
    /// </summary>
    /// <param name="plugin">The plugin's copy.</param>
    /// <returns><see langword="true"/> when the host's copy is at least as new.</returns>
    public bool Serves(DependencyVersion plugin) =>
        Assembly >= plugin.Assembly && (File is null || plugin.File is null || File >= plugin.File);
}
