namespace Bss.IntegrationFramework;

/// <summary>One finding of the preflight check.</summary>
/// <param name="Severity">How much it matters.</param>
/// <param name="Area">What was checked: a connection, a permission, a server variable, a lookup.</param>
/// <param name="Message">What was found.</param>
/// <param name="Fix">What the administrator should do, when there is something to do.</param>
public sealed record CheckFinding(CheckSeverity Severity, string Area, string Message, string? Fix = null);
