namespace Bss.IntegrationFramework.Host.Alerts;

/// <summary>A cause a run found present: what an alert is raised for, or kept open by.</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Subject">What it concerns within the condition (a module, a lookup), or empty.</param>
/// <param name="Message">What was found: ids and names only, never a secret or a record's personal data.</param>
/// <param name="Fix">What the administrator should do.</param>
internal sealed record AlertFinding(AlertCondition Condition, string Subject, string Message, string Fix);
