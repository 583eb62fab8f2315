using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using Microsoft.Extensions.Logging;

namespace BssConnectWiseConnector.Sync;

/// <summary>What every module of a session shares: settings, lookups, host stores, clock and limits.</summary>
/// <param name="Settings">The parsed settings.</param>
/// <param name="Lookups">The lookup tables.</param>
/// <param name="Links">The link store.</param>
/// <param name="Records">The BSS records, for dependencies.</param>
/// <param name="Time">The clock.</param>
/// <param name="LoggerFactory">The logger factory.</param>
/// <param name="Progress">Where progress goes, if anywhere.</param>
/// <param name="MaxConcurrency">Records pushed at once at most.</param>
internal sealed record SyncModuleContext(
    ConnectWiseSettings Settings,
    LookupTables Lookups,
    IIntegrationLinkStore Links,
    IBssRecordSource Records,
    TimeProvider Time,
    ILoggerFactory LoggerFactory,
    IProgress<SyncProgress>? Progress,
    int MaxConcurrency);
