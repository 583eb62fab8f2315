namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>
/// The JSON document a webhook receives. It carries the instance's name, the alert's condition, subject, message
/// and fix (ids and names only) and the run's id, never a secret or a record's personal data.
/// </summary>
internal sealed record AlertNotification
{
    /// <summary>Gets what happened: <c>alert.raised</c>, <c>alert.closed</c> or <c>alert.test</c>.</summary>
    public required string Event { get; init; }

    /// <summary>Gets the instance's name.</summary>
    public required string Instance { get; init; }

    /// <summary>Gets when the notification was made (a receiver may refuse old ones).</summary>
    public required DateTimeOffset SentAt { get; init; }

    /// <summary>Gets the alert's id, or <see langword="null"/> for a test.</summary>
    public long? AlertId { get; init; }

    /// <summary>Gets the condition.</summary>
    public string? Condition { get; init; }

    /// <summary>Gets what the alert concerns within the condition.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets what was found.</summary>
    public required string Message { get; init; }

    /// <summary>Gets what the administrator should do.</summary>
    public string? Fix { get; init; }

    /// <summary>Gets when the alert was raised.</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    /// <summary>Gets when the alert was closed.</summary>
    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>Gets the run that raised or closed it.</summary>
    public long? RunId { get; init; }
}
