namespace Bss.IntegrationFramework;

/// <summary>The result of a conformance run.</summary>
/// <param name="RunId">The run's id, part of every test record's name so that its records can be found.</param>
/// <param name="Rows">One row per assumption.</param>
/// <param name="Suggestions">Settings that make the connector fit the site.</param>
/// <param name="Leftovers">Test records that could not be deleted, each with where it is and why it stayed.</param>
public sealed record ConformanceReport(
    string RunId,
    IReadOnlyList<ConformanceRow> Rows,
    IReadOnlyList<ConformanceSuggestion> Suggestions,
    IReadOnlyList<string> Leftovers)
{
    /// <summary>Gets a value indicating whether every assumption held.</summary>
    public bool AllHeld => Rows.All(r => r.Outcome == ConformanceOutcome.Held);
}
