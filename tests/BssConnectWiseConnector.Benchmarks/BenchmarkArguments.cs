using System.Globalization;

namespace BssConnectWiseConnector.Benchmarks;

/// <summary>The command line: which scenarios, at which sizes.</summary>
internal sealed record BenchmarkArguments
{
    public bool Quick { get; init; }

    public IReadOnlyList<string> Scenarios { get; init; } = [];

    /// <summary>Gets the accounts (and as many contacts) of the initial push.</summary>
    public int Accounts { get; init; } = 10_000;

    /// <summary>Gets the companies of the full and incremental pulls.</summary>
    public int Companies { get; init; } = 10_000;

    public int Changes { get; init; } = 50;

    public int Subscriptions { get; init; } = 5_000;

    public int Customers { get; init; } = 1_000;

    /// <summary>Gets the accounts pushed at 50 ms latency with the client unthrottled.</summary>
    public int LatencyAccounts { get; init; } = 2_000;

    /// <summary>Gets the accounts pushed at 50 ms latency with the client's default 600 a minute.</summary>
    public int LimiterAccounts { get; init; } = 1_500;

    public TimeSpan Latency { get; init; } = TimeSpan.FromMilliseconds(50);

    public IReadOnlyList<int> MemorySizes { get; init; } = [10_000, 50_000, 100_000];

    public int StormAccounts { get; init; } = 450;

    /// <summary>Gets the companies of each pull through the host process (the host family), one simulator each.</summary>
    public IReadOnlyList<int> HostCompanies { get; init; } = [10_000, 100_000];

    /// <summary>Gets the module of the pulls through the host: Accounts (beside the peer client), Contacts (each of
    /// its own company, the companies pulled first, unmeasured) or Products (the catalog).</summary>
    public string HostPullModule { get; init; } = "Accounts";

    /// <summary>Gets the accounts (and as many contacts) of the initial push through the host, one process, and of each
    /// run that fills the store to <see cref="HostPushTotal"/>. The instance's RequestsPerMinute variable takes the
    /// client's limit out of the way, so one run can push the 10,000 + 10,000.</summary>
    public int HostPushAccounts { get; init; } = 10_000;

    /// <summary>Gets the accounts (and as many contacts) the host's store holds for the unchanged and 1% re-pushes.</summary>
    public int HostPushTotal { get; init; } = 10_000;

    /// <summary>Gets how the host family gets its host: <c>publish</c> (as deployed: <c>dotnet publish -r RID
    /// --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true</c>, plugins precompiled too),
    /// <c>publish-fd</c> (the framework-dependent ReadyToRun publish deployed before) or <c>build</c> (the <c>bin/</c>
    /// output of a build).</summary>
    public string HostBuild { get; init; } = "publish";

    /// <summary>Gets whether the host family leaves its store folders in place (printed) for profiling a host command
    /// against them afterwards; a re-push with nothing changed makes no request, so it runs without the simulator.</summary>
    public bool HostKeepStore { get; init; }

    /// <summary>Gets the host's batch size (its default is 500).</summary>
    public int BatchSize { get; init; } = 500;

    /// <summary>Gets the companies to seed when this process is the simulator of a memory run (internal).</summary>
    public int? ServeSimulator { get; init; }

    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        var parsed = quick ? QuickDefaults : new BenchmarkArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : string.Empty;
            parsed = args[i] switch
            {
                "--quick" => parsed,
                "--host-keep-store" => parsed with { HostKeepStore = true },
                "--scenario" => parsed with { Scenarios = [.. parsed.Scenarios, .. value.Split(',', StringSplitOptions.RemoveEmptyEntries)] },
                "--accounts" => parsed with { Accounts = Int(value) },
                "--companies" => parsed with { Companies = Int(value) },
                "--changes" => parsed with { Changes = Int(value) },
                "--subscriptions" => parsed with { Subscriptions = Int(value) },
                "--customers" => parsed with { Customers = Int(value) },
                "--latency-accounts" => parsed with { LatencyAccounts = Int(value) },
                "--limiter-accounts" => parsed with { LimiterAccounts = Int(value) },
                "--latency-ms" => parsed with { Latency = TimeSpan.FromMilliseconds(Int(value)) },
                "--memory-sizes" => parsed with { MemorySizes = [.. value.Split(',').Select(Int)] },
                "--storm-accounts" => parsed with { StormAccounts = Int(value) },
                "--batch-size" => parsed with { BatchSize = Int(value) },
                "--host-companies" => parsed with { HostCompanies = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Int)] },
                "--host-push-accounts" => parsed with { HostPushAccounts = Int(value) },
                "--host-push-total" => parsed with { HostPushTotal = Int(value) },
                "--host-build" when value is "publish" or "publish-fd" or "build" => parsed with { HostBuild = value },
                "--host-build" => throw new ArgumentException($"--host-build takes publish, publish-fd or build, not '{value}'.\n{Usage}"),
                "--host-pull-module" when value is "Accounts" or "Contacts" or "Products" => parsed with { HostPullModule = value },
                "--host-pull-module" => throw new ArgumentException($"--host-pull-module takes Accounts, Contacts or Products, not '{value}'.\n{Usage}"),
                "--serve-simulator" => parsed with { ServeSimulator = Int(value) },
                _ when args[i].StartsWith("--", StringComparison.Ordinal) => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
                _ => parsed,
            };
        }

        return parsed;
    }

    public const string Usage = """
        usage: BssConnectWiseConnector.Benchmarks [--quick] [--scenario NAME[,NAME…]] [sizes]
          scenarios: push (initial, unchanged, 1% changed), pull (full, incremental), subscriptions, latency, limiter,
                     memory, storm, host (the host process with its SQLite store: pulls beside the in-memory harness
                     and npm connectwise-rest, pushes beside the harness); all by default
          sizes:     --accounts 10000 --companies 10000 --changes 50 --subscriptions 5000 --customers 1000
                     --latency-accounts 2000 --limiter-accounts 1500 --latency-ms 50
                     --memory-sizes 10000,50000,100000 --storm-accounts 450 --batch-size 500
                     --host-companies 10000,100000 --host-push-accounts 10000 --host-push-total 10000 (0 skips a part)
          --host-pull-module Accounts|Contacts|Products: what the host family pulls (--host-companies records of it);
                     the peer client reads companies only, so it runs for Accounts only
          --host-keep-store: leave the host's store folders in place (printed), for profiling host commands on them
          --host-build publish|publish-fd|build: the host as deployed (self-contained composite ReadyToRun publish,
                     the default), the framework-dependent ReadyToRun publish, or its bin/ build
          --quick:   small sizes for CI (well under a minute)
        """;

    private static BenchmarkArguments QuickDefaults { get; } = new()
    {
        Quick = true,
        Accounts = 300,
        Companies = 2_100,
        Subscriptions = 250,
        Customers = 50,
        LatencyAccounts = 200,
        LimiterAccounts = 100,
        MemorySizes = [2_000, 5_000],
        StormAccounts = 100,
        HostCompanies = [2_000],
        HostPushAccounts = 50,
        HostPushTotal = 200,
    };

    private static int Int(string value) => int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture);
}
