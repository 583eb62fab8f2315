namespace Bss.IntegrationFramework;

/// <summary>The result of a preflight check.</summary>
/// <param name="Findings">Every finding, errors first.</param>
public sealed record CheckReport(IReadOnlyList<CheckFinding> Findings)
{
    /// <summary>Gets a value indicating whether no finding is an error.</summary>
    public bool Passed => Findings.All(f => f.Severity != CheckSeverity.Error);
}
