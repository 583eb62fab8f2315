using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// One module of the connector: its definition, handlers, preflight checks, permission probes and discovery
/// sources. Implementations are found by reflection, so adding a module adds files and edits none.
/// </summary>
internal interface IModuleRegistration
{
    /// <summary>Gets the module's definition for the manifest.</summary>
    ModuleDefinition Definition { get; }

    /// <summary>Gets the module's place in dependency order (lower first).</summary>
    int Order { get; }

    /// <summary>Gets the permissions the module needs, probed by the preflight check.</summary>
    IReadOnlyList<PermissionProbe> Permissions => [];

    /// <summary>Gets the lookups and server variables whose ConnectWise values the module can list.</summary>
    IReadOnlyList<DiscoverySource> DiscoverySources => [];

    /// <summary>Creates the push handler.</summary>
    /// <param name="services">The session's services.</param>
    /// <returns>An <see cref="IPushModule{TRecord}"/>, or <see langword="null"/> when the module does not push.</returns>
    object? CreatePushModule(ModuleServices services) => null;

    /// <summary>Creates the pull handler.</summary>
    /// <param name="services">The session's services.</param>
    /// <returns>An <see cref="IPullModule{TRecord}"/>, or <see langword="null"/> when the module does not pull.</returns>
    object? CreatePullModule(ModuleServices services) => null;

    /// <summary>Checks the ids the module will use (server variables, lookup targets) exist and are active.</summary>
    /// <param name="services">The session's services.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The findings.</returns>
    Task<IReadOnlyList<CheckFinding>> CheckAsync(ModuleServices services, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CheckFinding>>([]);
}
