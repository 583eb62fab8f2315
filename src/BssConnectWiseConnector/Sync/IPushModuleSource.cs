using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Dependencies;

namespace BssConnectWiseConnector.Sync;

/// <summary>The push modules of a session, and the resolvers through which one module pushes a missing dependency through another.</summary>
internal interface IPushModuleSource
{
    /// <summary>Gets a module's push handler of the session.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="module">The module name.</param>
    /// <returns>The handler, or <see langword="null"/> when the module does not push records of that type.</returns>
    IPushModule<TRecord>? GetPushModule<TRecord>(string module)
        where TRecord : BssRecord;

    /// <summary>Creates a resolver of a dependency, which pushes a missing one first through its own module.</summary>
    /// <typeparam name="TRecord">The dependency's record type.</typeparam>
    /// <param name="module">The dependency's module.</param>
    /// <param name="entity">How reasons name the dependency, such as "account".</param>
    /// <returns>The resolver.</returns>
    IDependencyResolver<TRecord> Dependency<TRecord>(string module, string entity)
        where TRecord : BssRecord;
}
