namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>An alert as stored: open until a run sees its cause gone.</summary>
internal sealed record AlertRecord
{
    /// <summary>Gets the alert's id.</summary>
    public required long Id { get; init; }

    /// <summary>Gets the condition.</summary>
    public required AlertCondition Condition { get; init; }

    /// <summary>Gets what it concerns within the condition, or empty.</summary>
    public required string Subject { get; init; }

    /// <summary>Gets what was found.</summary>
    public required string Message { get; init; }

    /// <summary>Gets what the administrator should do.</summary>
    public required string Fix { get; init; }

    /// <summary>Gets when it was raised.</summary>
    public required DateTimeOffset OpenedAt { get; init; }

    /// <summary>Gets the run that raised it, if a run did.</summary>
    public long? OpenedRunId { get; init; }

    /// <summary>Gets the last run that still found its cause.</summary>
    public long? LastSeenRunId { get; init; }

    /// <summary>Gets when it was closed, or <see langword="null"/> while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Gets the run that saw its cause gone.</summary>
    public long? ClosedRunId { get; init; }

    /// <summary>Gets what became of the webhook notifications, or <see langword="null"/> when none was sent.</summary>
    public string? Delivery { get; init; }

    /// <summary>Gets a value indicating whether the alert is open.</summary>
    public bool IsOpen => ClosedAt is null;
}
