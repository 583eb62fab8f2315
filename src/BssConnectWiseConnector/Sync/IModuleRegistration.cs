using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// One module of the connector: its definition, preflight checks, permission probes and discovery sources; a module
/// that pushes or pulls says so in its type (<see cref="IPushRegistration{TRecord}"/>, <see cref="IPullRegistration{TRecord}"/>).
/// Implementations are found by reflection, so adding a module adds files and edits none.
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

    /// <summary>Checks the ids the module will use (server variables, lookup targets) exist and are active.</summary>
    /// <param name="context">The session's module context.</param>
    /// <param name="cancellationToken">Cancels the check.</param>
    /// <returns>The findings.</returns>
    Task<IReadOnlyList<CheckFinding>> CheckAsync(ModuleContext context, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<CheckFinding>>([]);
}
