namespace ConnectWise.Simulator;

/// <summary>
/// How the simulator answers where ConnectWise's behaviour is not documented (docs/connectwise-api.md, the
/// assumptions table).
/// </summary>
public enum SimulatorProfile
{
    /// <summary>Documented rules are enforced; an undocumented behaviour is answered the way the connector assumes.</summary>
    Normal,

    /// <summary>
    /// Documented rules are enforced; an undocumented behaviour is answered the way that would hurt the connector
    /// most (for example a condition with <c>\"</c> is refused), so tests prove the connector still gives every
    /// record a correct result with a clear reason.
    /// </summary>
    Strict,
}
