namespace Bss.IntegrationFramework.Host.Lookups;

/// <summary>What discovery found for one lookup.</summary>
/// <param name="Lookup">The lookup.</param>
/// <param name="BssValues">The BSS values seen in the store.</param>
/// <param name="Result">The remote values and suggested matches, unless discovery failed.</param>
/// <param name="Error">Why discovery failed, if it did.</param>
/// <param name="Applied">The suggestions stored as mappings (only with apply).</param>
internal sealed record LookupDiscoveryOutcome(
    LookupDefinition Lookup,
    IReadOnlyList<string> BssValues,
    DiscoveryResult? Result,
    string? Error,
    IReadOnlyList<SuggestedMatch> Applied);
