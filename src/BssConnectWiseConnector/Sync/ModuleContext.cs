using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Dependencies;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync;

/// <summary>
/// What every module of a session is built from and shares, in one place: the ConnectWise resources, setup tables,
/// settings, lookups, mapper, options, the host's stores, clock and progress, and the other modules (for
/// dependencies). Modules see interfaces only: how the connection, the cache or the settings parser work is not
/// part of a module's read.
/// </summary>
internal sealed class ModuleContext
{
    /// <summary>Gets the ConnectWise resources of the session.</summary>
    public required IConnectWiseClient Client { get; init; }

    /// <summary>Gets the setup tables, each read at most once per run.</summary>
    public required ISetupTables Tables { get; init; }

    /// <summary>Gets the parsed settings.</summary>
    public required ConnectWiseSettings Settings { get; init; }

    /// <summary>Gets the lookup tables.</summary>
    public required LookupTables Lookups { get; init; }

    /// <summary>Gets the instance's mapper.</summary>
    public required IMapper Mapper { get; init; }

    /// <summary>Gets the synchronization options.</summary>
    public required SyncOptions Options { get; init; }

    /// <summary>Gets the link store.</summary>
    public required IIntegrationLinkStore Links { get; init; }

    /// <summary>Gets the BSS records, for dependencies.</summary>
    public required IBssRecordSource Records { get; init; }

    /// <summary>Gets the clock.</summary>
    public required TimeProvider Time { get; init; }

    /// <summary>Gets the logger factory.</summary>
    public required ILoggerFactory LoggerFactory { get; init; }

    /// <summary>Gets where progress goes, if anywhere.</summary>
    public IProgress<SyncProgress>? Progress { get; init; }

    /// <summary>Gets how many records are pushed at once at most.</summary>
    public required int MaxConcurrency { get; init; }

    /// <summary>Gets the session's push modules, through which a missing dependency is pushed first.</summary>
    public required IPushModuleSource Modules { get; init; }

    /// <summary>Creates a resolver of a dependency, which pushes a missing one first through its own module.</summary>
    /// <typeparam name="TRecord">The dependency's record type.</typeparam>
    /// <param name="module">The dependency's module.</param>
    /// <param name="entity">How reasons name the dependency, such as "account".</param>
    /// <returns>The resolver.</returns>
    public DependencyResolver<TRecord> Dependency<TRecord>(string module, string entity)
        where TRecord : BssRecord => new(this, module, entity, () => Modules.GetPushModule<TRecord>(module));
}
