namespace ConnectWise.Simulator.Callbacks;

/// <summary>
/// Faults in the delivery of callbacks, settable while the simulator runs: a share of deliveries dropped, sent twice,
/// or held back and sent after the next one (reordered). Shares are probabilities from 0 to 1, drawn from a Random
/// seeded with <see cref="Seed"/> so a run can be repeated.
/// </summary>
public sealed class CallbackFaults
{
    private readonly Lock _gate = new();
    private Random _random;
    private int _seed = 4321;

    /// <summary>Creates fault settings with every fault off.</summary>
    public CallbackFaults() => _random = new Random(_seed);

    /// <summary>The seed of the draws; setting it restarts the sequence.</summary>
    public int Seed
    {
        get => _seed;
        set
        {
            lock (_gate)
            {
                _seed = value;
                _random = new Random(value);
            }
        }
    }

    /// <summary>The share of callbacks never sent.</summary>
    public double DropShare { get; set; }

    /// <summary>The share of callbacks sent twice, the same body both times (as a retry after a lost answer would be).</summary>
    public double DuplicateShare { get; set; }

    /// <summary>The share of callbacks held back and sent after the one that follows them.</summary>
    public double ReorderShare { get; set; }

    /// <summary>Draws whether a fault of the given share happens now.</summary>
    /// <param name="share">The share.</param>
    /// <returns>Whether it happens.</returns>
    internal bool Draw(double share)
    {
        if (share <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            return _random.NextDouble() < share;
        }
    }
}
