namespace Bss.IntegrationFramework;

/// <summary>A setting value that makes the connector fit the site, learnt from what the site answered.</summary>
/// <param name="Setting">The server variable or lookup.</param>
/// <param name="Value">The suggested value.</param>
/// <param name="Reason">What on the site suggests it.</param>
public sealed record ConformanceSuggestion(string Setting, string Value, string Reason);
