namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>How one alert condition is set for an instance.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Enabled">Whether the condition raises alerts.</param>
/// <param name="Threshold">The threshold as typed (a count, or a duration such as <c>24h</c>), or <see langword="null"/> when it has none.</param>
internal sealed record AlertConditionSetting(AlertCondition Condition, bool Enabled, string? Threshold);
