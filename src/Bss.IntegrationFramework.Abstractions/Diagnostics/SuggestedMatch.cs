namespace Bss.IntegrationFramework;

/// <summary>A suggested mapping of a BSS value to a remote value.</summary>
/// <param name="BssValue">The BSS value.</param>
/// <param name="Value">The suggested remote value.</param>
/// <param name="Score">How confident the match is, from 0 to 1 (1 is an exact match).</param>
public sealed record SuggestedMatch(string BssValue, DiscoveredValue Value, double Score);
