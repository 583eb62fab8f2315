namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>What the host knows of an alert condition: its description, its threshold and the default.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Description">What raises it.</param>
/// <param name="ThresholdKind">What its threshold is.</param>
/// <param name="DefaultThreshold">The threshold when none is set, as typed on the command line.</param>
internal sealed record AlertConditionInfo(AlertCondition Condition, string Description, AlertThresholdKind ThresholdKind, string? DefaultThreshold)
{
    /// <summary>Gets every condition, in the order they are shown.</summary>
    public static IReadOnlyList<AlertConditionInfo> All { get; } =
    [
        new(AlertCondition.CredentialsRefused, "ConnectWise refuses the keys or the Client Id.", AlertThresholdKind.None, null),
        new(AlertCondition.PermissionMissing, "The API member lacks a permission an enabled module needs.", AlertThresholdKind.None, null),
        new(AlertCondition.UnmappedLookupValues, "BSS values of a required lookup are not mapped; records holding them fail.", AlertThresholdKind.None, null),
        new(AlertCondition.RecordsQuarantined, "Records are quarantined after failing again and again.", AlertThresholdKind.None, null),
        new(AlertCondition.FailedRecords, "A run has more failed records than the threshold.", AlertThresholdKind.Count, "0"),
        new(AlertCondition.DriftReported, "Subscriptions were changed by hand in ConnectWise since the last push.", AlertThresholdKind.None, null),
        new(AlertCondition.RunNotSucceeded, "No run has completed for longer than the threshold (a run with failed records counts as completed).", AlertThresholdKind.Duration, "24h"),
        new(AlertCondition.CallbacksSilent, "Callbacks look broken: polling pulled changes, yet no callback arrived for longer than the threshold.", AlertThresholdKind.Duration, "6h"),
    ];

    /// <summary>Finds a condition by its name, ignoring case.</summary>
    /// <param name="name">The name typed.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="HostException">No condition has that name.</exception>
    public static AlertConditionInfo Parse(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Condition.ToString(), name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new HostException($"'{name}' is not an alert condition (use one of {string.Join(", ", All.Select(c => c.Condition))}).");

    /// <summary>Gets the information of a condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The information.</returns>
    public static AlertConditionInfo Of(AlertCondition condition) => All.First(c => c.Condition == condition);
}
