namespace Bss.IntegrationFramework;

/// <summary>The values a lookup or server variable can take, and suggested matches.</summary>
/// <param name="Name">The lookup or server variable.</param>
/// <param name="Values">Every value with its id.</param>
/// <param name="Suggestions">The best match for each BSS value that has one.</param>
public sealed record DiscoveryResult(string Name, IReadOnlyList<DiscoveredValue> Values, IReadOnlyList<SuggestedMatch> Suggestions);
