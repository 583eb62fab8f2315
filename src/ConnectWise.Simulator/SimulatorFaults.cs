namespace ConnectWise.Simulator;

/// <summary>
/// Faults the simulator injects into API calls (never into <c>login/companyinfo</c>). Every property may be
/// changed while the simulator runs. Shares are probabilities from 0 to 1, drawn from a Random seeded with
/// <see cref="Seed"/> so a run can be repeated.
/// </summary>
public sealed class SimulatorFaults
{
    private readonly Lock _gate = new();
    private Random _random;
    private int _seed = 1234;

    /// <summary>Creates fault settings with every fault off.</summary>
    public SimulatorFaults() => _random = new Random(_seed);

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

    /// <summary>A delay added before every API call is answered.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>The share of API calls answered 429 with a <c>Retry-After</c> header.</summary>
    public double TooManyRequestsShare { get; set; }

    /// <summary>The seconds sent in <c>Retry-After</c> on an injected 429.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>
    /// The number of API calls allowed per minute (a sliding 60-second window on the simulator's clock); the calls
    /// over it get 429 with <c>Retry-After</c> until the window has room. 0 means no limit.
    /// </summary>
    public int RequestsPerMinuteLimit { get; set; }

    /// <summary>The share of API calls answered 500 or 503 (half each) without touching the store.</summary>
    public double ServerErrorShare { get; set; }

    /// <summary>The share of API calls whose connection is dropped after the headers are sent.</summary>
    public double DropConnectionShare { get; set; }

    /// <summary>The share of POSTs that create the record and then fail the response (see <see cref="CommitThenFailMode"/>).</summary>
    public double CommitThenFailShare { get; set; }

    /// <summary>How a committed POST fails: with a 500 body or by dropping the connection.</summary>
    public CommitFailureMode CommitThenFailMode { get; set; } = CommitFailureMode.ServerError;

    /// <summary>
    /// The share of POSTs answered with a 302 redirect to an http:// location, as ConnectWise cloud's proxy has
    /// been seen doing. The POST is not executed.
    /// </summary>
    public double RedirectPostShare { get; set; }

    /// <summary>Turns every fault off (the seed is kept and its sequence restarted).</summary>
    public void Reset()
    {
        Latency = TimeSpan.Zero;
        TooManyRequestsShare = 0;
        RetryAfterSeconds = 1;
        RequestsPerMinuteLimit = 0;
        ServerErrorShare = 0;
        DropConnectionShare = 0;
        CommitThenFailShare = 0;
        CommitThenFailMode = CommitFailureMode.ServerError;
        RedirectPostShare = 0;
        Seed = _seed;
    }

    /// <summary>Draws whether a fault with the given share happens now.</summary>
    internal bool Roll(double share)
    {
        if (share <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            // A seeded Random is the point here: runs must be repeatable, not unpredictable.
#pragma warning disable CA5394
            return share >= 1 || _random.NextDouble() < share;
#pragma warning restore CA5394
        }
    }
}
