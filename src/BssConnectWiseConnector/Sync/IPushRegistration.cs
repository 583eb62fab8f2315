using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>A module that pushes records of one type: says so in its type, and creates its push handler.</summary>
/// <typeparam name="TRecord">The BSS record type.</typeparam>
internal interface IPushRegistration<TRecord> : IModuleRegistration
    where TRecord : BssRecord
{
    /// <summary>Creates the push handler, once per session.</summary>
    /// <param name="context">The session's module context.</param>
    /// <returns>The handler.</returns>
    IPushModule<TRecord> CreatePushModule(ModuleContext context);
}
