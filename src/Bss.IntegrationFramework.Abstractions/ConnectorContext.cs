using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bss.IntegrationFramework;

/// <summary>The configuration of one connector instance and the host services handed to the connector.</summary>
public sealed class ConnectorContext
{
    /// <summary>Gets the instance name the administrator chose.</summary>
    public required string InstanceName { get; init; }

    /// <summary>Gets the server variables (and keys) by name.</summary>
    public required IReadOnlyDictionary<string, string?> ServerVariables { get; init; }

    /// <summary>Gets the lookup tables: lookup name, then BSS value, then remote id.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Lookups { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, string>>();

    /// <summary>Gets the synchronization options: which module operations are switched on.</summary>
    public SyncOptions Options { get; init; } = SyncOptions.AllEnabled;

    /// <summary>Gets the links between BSS ids and remote ids for this instance.</summary>
    public required IIntegrationLinkStore Links { get; init; }

    /// <summary>Gets the cursors of incremental pulls for this instance.</summary>
    public required ISyncStateStore State { get; init; }

    /// <summary>Gets read access to the BSS records, used to push a missing dependency first.</summary>
    public required IBssRecordSource Records { get; init; }

    /// <summary>Gets the logger factory; the connector never logs a secret.</summary>
    public ILoggerFactory LoggerFactory { get; init; } = NullLoggerFactory.Instance;

    /// <summary>Gets the clock every timestamp and delay comes from.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Gets where progress is reported, if anywhere.</summary>
    public IProgress<SyncProgress>? Progress { get; init; }

    /// <summary>
    /// Gets host-level properties that are not instance settings, such as licence keys of libraries the
    /// connector uses (see <see cref="HostPropertyNames"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string> HostProperties { get; init; } = new Dictionary<string, string>();
}
