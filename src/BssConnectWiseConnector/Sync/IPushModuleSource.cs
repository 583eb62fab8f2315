using Bss.IntegrationFramework;

namespace BssConnectWiseConnector.Sync;

/// <summary>The push modules of a session, so one module can push a missing dependency through another.</summary>
internal interface IPushModuleSource
{
    /// <summary>Gets a module's push handler of the session.</summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <param name="module">The module name.</param>
    /// <returns>The handler, or <see langword="null"/> when the module does not push records of that type.</returns>
    IPushModule<TRecord>? GetPushModule<TRecord>(string module)
        where TRecord : BssRecord;
}
