namespace Bss.IntegrationFramework.Host.Sync;

/// <summary>What one sync run does.</summary>
internal sealed record SyncRequest
{
    /// <summary>The default number of records handed to a push module at once.</summary>
    public const int DefaultBatchSize = 500;

    /// <summary>Gets the instance name.</summary>
    public required string InstanceName { get; init; }

    /// <summary>Gets the modules to run, or <see langword="null"/> for every module the connector has.</summary>
    public IReadOnlyList<string>? Modules { get; init; }

    /// <summary>Gets the direction.</summary>
    public SyncDirection Direction { get; init; } = SyncDirection.Push;

    /// <summary>Gets a value indicating whether to compute the plan only, writing nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Gets a value indicating whether pulls start over instead of resuming from their cursor.</summary>
    public bool Full { get; init; }

    /// <summary>Gets how many records a push module receives at once.</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>
    /// Gets a value indicating whether records that failed recently wait for their retry time (the scheduler);
    /// a sync an administrator starts retries them at once. Quarantined records wait for resync either way.
    /// </summary>
    public bool HonourRetryDelays { get; init; }

    /// <summary>
    /// Gets, per module, the remote ids a pull reads instead of what changed since the cursor (the records change
    /// notifications named), or <see langword="null"/> for a pull by cursor; such a pull never moves the cursor.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? RemoteIds { get; init; }

    /// <summary>Gets how failed records are retried and when they are quarantined.</summary>
    public RetryPolicy RetryPolicy { get; init; } = RetryPolicy.Default;

    /// <summary>Gets the only records pushed, by BSS id, in every module of the run (an approval), or <see langword="null"/> for all.</summary>
    public IReadOnlySet<string>? OnlyIds { get; init; }

    /// <summary>
    /// Gets a value indicating whether the run writes changes the instance's approval mode would hold (an approved plan
    /// applies its changes this way); a run of the scheduler or of <c>sync</c> leaves it off.
    /// </summary>
    public bool Approved { get; init; }
}
