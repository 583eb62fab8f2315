namespace Bss.IntegrationFramework;

/// <summary>One assumption and what the site showed about it.</summary>
/// <param name="Assumption">The assumption, in the administrator's terms.</param>
/// <param name="Outcome">Held, differs or could not test.</param>
/// <param name="Detail">What the site answered, or why it could not be tested.</param>
/// <param name="Fix">When it differs: what makes the connector fit this site, or why nothing needs changing.</param>
public sealed record ConformanceRow(string Assumption, ConformanceOutcome Outcome, string Detail, string? Fix = null);
