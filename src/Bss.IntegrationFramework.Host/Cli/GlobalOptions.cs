using System.CommandLine;

using Bss.IntegrationFramework.Host.Storage;

namespace Bss.IntegrationFramework.Host.Cli;

/// <summary>The options every command takes.</summary>
internal sealed class GlobalOptions
{
    /// <summary>Gets the store's path.</summary>
    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"The SQLite store (default: ${HostDatabase.PathVariable} or .bss/bss.db under the current directory).",
        Recursive = true,
    };

    /// <summary>Gets the plugins folder.</summary>
    public Option<string?> Plugins { get; } = new("--plugins")
    {
        Description = $"The folder of connector plugins (default: ${Host.Plugins.ConnectorCatalog.PluginsPathVariable} or plugins/ beside the host).",
        Recursive = true,
    };

    /// <summary>Gets whether to log in detail.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Log what the host and the connector do (to standard error).",
        Recursive = true,
    };

    /// <summary>Gets whether plain http to loopback addresses is allowed (a local simulator).</summary>
    public Option<bool> AllowLoopbackHttp { get; } = new("--allow-loopback-http")
    {
        Description = "Let the connector use plain http to 127.0.0.1 (a local ConnectWise simulator); never for production.",
        Recursive = true,
    };

    /// <summary>Gets the file holding the key that encrypts secret server variables in the store.</summary>
    public Option<string?> ProtectionKeyFile { get; } = new("--protection-key-file")
    {
        Description = $"A file whose content is the key that encrypts secret server variables in the store (default: ${SecretProtector.KeyVariable}; without either they are stored unencrypted).",
        Recursive = true,
    };

    /// <summary>Adds the options to the root command.</summary>
    /// <param name="root">The root command.</param>
    public void AddTo(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Options.Add(Database);
        root.Options.Add(Plugins);
        root.Options.Add(Verbose);
        root.Options.Add(AllowLoopbackHttp);
        root.Options.Add(ProtectionKeyFile);
    }
}
