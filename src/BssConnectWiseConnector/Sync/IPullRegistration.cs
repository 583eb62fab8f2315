using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>A module that pulls records of one type: says so in its type, and creates its pull handler.</summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
internal interface IPullRegistration<TRecord> : IModuleRegistration
    where TRecord : BssRecord
{
    /// <summary>Creates the pull handler, once per session.</summary>
    /// <param name="context">The session's module context.</param>
    /// <returns>The handler.</returns>
    IPullModule<TRecord> CreatePullModule(ModuleContext context);
}
