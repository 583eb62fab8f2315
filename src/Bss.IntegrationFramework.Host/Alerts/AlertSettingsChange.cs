namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>A change to an instance's alert settings, as the command line or the Settings page asks for it.</summary>
internal sealed record AlertSettingsChange
{
    /// <summary>Gets the conditions to switch on or off.</summary>
    public IReadOnlyDictionary<AlertCondition, bool> Switches { get; init; } = new Dictionary<AlertCondition, bool>();

    /// <summary>Gets the thresholds to set, as typed.</summary>
    public IReadOnlyDictionary<AlertCondition, string> Thresholds { get; init; } = new Dictionary<AlertCondition, string>();

    /// <summary>Gets the webhook's new address as typed, or <see langword="null"/> to keep it.</summary>
    public string? WebhookUrl { get; init; }

    /// <summary>Gets the webhook's new signing secret (or <c>env:NAME</c>), or <see langword="null"/> to keep it.</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>Gets a value indicating whether the webhook is removed.</summary>
    public bool RemoveWebhook { get; init; }

    /// <summary>Gets a value indicating whether the change changes nothing.</summary>
    public bool IsEmpty => Switches.Count == 0 && Thresholds.Count == 0 && WebhookUrl is null && WebhookSecret is null && !RemoveWebhook;
}
