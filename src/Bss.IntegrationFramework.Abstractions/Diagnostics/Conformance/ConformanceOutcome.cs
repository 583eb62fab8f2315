namespace Bss.IntegrationFramework;

/// <summary>What a conformance check found about one assumption.</summary>
public enum ConformanceOutcome
{
    /// <summary>The site behaves as the connector assumes.</summary>
    Held,

    /// <summary>The site answered otherwise; the row says what it answered and the fix.</summary>
    Differs,

    /// <summary>The check could not be made; the row says why.</summary>
    CouldNotTest,
}
