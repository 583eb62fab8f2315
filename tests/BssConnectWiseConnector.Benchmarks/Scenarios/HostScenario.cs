using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Benchmarks.Data;
using BssConnectWiseConnector.Benchmarks.Hosting;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Lookups;

namespace BssConnectWiseConnector.Benchmarks.Scenarios;

/// <summary>
/// The product as users run it: the real host process (this program's configuration, its plugin beside it), one
/// whole process per command, with its SQLite store, against the simulator in a process of its own. Pulls are
/// measured beside the in-memory harness pulling from the same simulator and beside a peer client reading the same
/// companies (npm connectwise-rest <c>paginate</c>) in the same run (<c>--host-pull-module</c> pulls contacts or the
/// catalog instead, beside the harness only); pushes beside the harness pushing the same
/// records to a second, empty simulator. Every figure is of a whole process: start-up included. The .NET floor
/// (<see cref="FloorClient"/>: the same runtime and deployment reading the same companies with nothing else) stands
/// beside the companies' pulls, and the simulator serves one untimed read before the first timed one, so that no
/// reader pays its first requests' start.
/// </summary>
internal sealed class HostScenario : IScenario
{
    private const string Instance = "bench";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Name => "host";

    public async Task<IReadOnlyList<Measurement>> RunAsync(BenchmarkArguments args, CancellationToken cancellationToken)
    {
        var results = new List<Measurement>();
        var (peer, skipped) = await PeerClient.PrepareAsync(cancellationToken);
        Console.WriteLine(peer is null ? skipped : $"peer client: npm connectwise-rest {peer.Version} paginate, node {NodeVersion()}");
        var pulls = new List<PullFigures>();
        var floor = args.HostCompanies.Any(n => n > 0) ? await FloorClient.PublishAsync(cancellationToken) : null;
        foreach (var n in args.HostCompanies.Where(n => n > 0))
        {
            var (figures, rows) = await PullAsync(n, peer, floor!, args, cancellationToken);
            pulls.Add(figures);
            results.AddRange(rows);
        }

        if (pulls.Count > 1)
        {
            results.Add(Flatness(pulls));
        }

        if (args.HostPushAccounts > 0)
        {
            results.AddRange(await PushAsync(args, cancellationToken));
        }

        return results;
    }

    private static async Task<(PullFigures Figures, List<Measurement> Rows)> PullAsync(int n, PeerClient? peer, FloorClient floor, BenchmarkArguments args, CancellationToken cancellationToken)
    {
        var rows = new List<Measurement>();
        var module = args.HostPullModule;
        var accounts = module == BssModules.Accounts;
        var what = module switch { BssModules.Contacts => "contacts", BssModules.Products => "catalog items", _ => "companies" };
        await using var simulator = await SimulatorProcess.StartAsync(n, module, cancellationToken);
        var folder = Path.Combine(Path.GetTempPath(), "bss-bench-host-" + Guid.NewGuid().ToString("N"));
        try
        {
            var host = await HostCommandLine.CreateAsync(folder, args.HostBuild, cancellationToken);
            await ActivateAsync(host, simulator.SiteUrl, cancellationToken);
            var start = await HostStartAsync(host, cancellationToken);
            using var harness = new ConnectorHost(simulator.SiteUrl, ResilienceOptions.Default, TimeProvider.System);
            harness.Lookups[LookupNames.ProductType] = new Dictionary<string, string> { ["Service"] = CatalogSeed.TypeId.ToString(Invariant) };
            harness.Lookups[LookupNames.UnitType] = new Dictionary<string, string> { ["User"] = CatalogSeed.SubcategoryId.ToString(Invariant) };
            if (module == BssModules.Contacts)
            {
                // Contacts are pulled after their companies, as users pull them, so that each finds its account's link;
                // the companies' pulls (host and harness) are not measured.
                await SyncAsync(host, simulator, cancellationToken, "--direction", "pull", "--module", BssModules.Accounts, "--full");
                await harness.PullAsync<Account>(BssModules.Accounts, null, cancellationToken);
            }

            // The simulator's first read of its pages compiles its own code (a cold simulator added 0.3 s to the first
            // reader of 10,000 companies: docs/benchmarks.md, "The .NET floor"); an untimed read pays it for everyone.
            await floor.ReadCompaniesAsync(simulator.SiteUrl, cancellationToken);
            string peerText = accounts ? "peer: skipped (no node/npm)" : string.Empty;
            string floorText = string.Empty;
            TimeSpan? peerWall = null;
            TimeSpan? floorWall = null;
            if (accounts)
            {
                await simulator.ClearAsync(cancellationToken);
                var (floorRun, floorRecords) = await floor.ReadCompaniesAsync(simulator.SiteUrl, cancellationToken);
                var floorRequests = await simulator.StatsAsync(cancellationToken);
                floorWall = floorRun.Wall;
                floorText = $"; .NET floor (same deployment, HttpClient + Newtonsoft.Json, nothing stored) {S(floorRun.Wall)}, {floorRequests.Total} requests, cpu {S(floorRun.Cpu)}, {floorRecords:N0} records";
            }

            if (peer is not null && accounts)
            {
                await simulator.ClearAsync(cancellationToken);
                var (peerRun, peerRecords) = await peer.ReadCompaniesAsync(simulator.SiteUrl, cancellationToken);
                var peerRequests = await simulator.StatsAsync(cancellationToken);
                peerWall = peerRun.Wall;
                peerText = $"peer (npm connectwise-rest paginate, node process) {S(peerRun.Wall)}, {peerRequests.Total} requests, cpu {S(peerRun.Cpu)}, peak {Mib(peerRun.PeakWorkingSet)}, {peerRecords:N0} records";
            }

            var ((harnessRecords, checkpoint), harnessFull) = await RemoteTimed.RunAsync(simulator, harness, () => HarnessPullAsync(harness, module, null, cancellationToken), cancellationToken);
            // A reader that is not told the total reads until a short page: a full last page costs one more request.
            var pages = n / 1000 + 1;
            var full = await SyncAsync(host, simulator, cancellationToken, "--direction", "pull", "--module", module, "--full");
            var fullRatio = peerWall is { } pw ? full.Wall / pw : double.NaN;
            rows.Add(full.Row(
                $"host: full pull of {n:N0} {what}",
                n,
                start,
                harnessFull with { Records = harnessRecords },
                peerText + floorText,
                target: accounts ? "wall ≤ 1.0 × the peer's bare read" : "reported beside the harness (the peer reads companies only)",
                met: !accounts ? (full.Requests.Of("GET list") == harnessFull.Requests.Of("GET list") ? null : false) : double.IsNaN(fullRatio) ? null : fullRatio <= 1.0 && full.Requests.Of("GET list") == pages,
                gap: accounts
                    ? $"host/peer {R(fullRatio)}, .NET floor/peer {R(floorWall is { } fw && peerWall is { } pw2 ? fw / pw2 : double.NaN)}; {full.Requests.Of("GET list")} list requests (until a short page: floor(N/1000) + 1 = {pages})"
                    : $"host/harness {R(full.Wall / harnessFull.Wall)}; {full.Requests.Of("GET list")} list requests (the harness {harnessFull.Requests.Of("GET list")})"));

            var ((_, harnessCheckpoint), harnessNothing) = await RemoteTimed.RunAsync(simulator, harness, () => HarnessPullAsync(harness, module, checkpoint, cancellationToken), cancellationToken);
            var nothing = await SyncAsync(host, simulator, cancellationToken, "--direction", "pull", "--module", module);
            var nothingRatio = nothing.Wall / start.Wall;
            var (floorStart, _) = await floor.StartAsync(cancellationToken);
            var (floorNothing, _) = await floor.NothingAsync(simulator.SiteUrl, cancellationToken);
            rows.Add(nothing.Row(
                $"host: incremental pull, nothing changed, {n:N0} stored",
                0,
                start,
                harnessNothing,
                $".NET floor: runtime start {S(floorStart.Wall)}, start + the same 2 requests {S(floorNothing.Wall)} (cpu {S(floorNothing.Cpu)})",
                target: "wall ≤ 1.5 × host start, flat in N",
                met: nothingRatio <= 1.5 && nothing.Requests.Of("GET list") == 1,
                gap: $"wall/start {R(nothingRatio)}, cpu/start cpu {R(nothing.Cpu / start.Cpu)}; the floor's requests alone {R((floorNothing.Wall - floorStart.Wall) / start.Wall)} × start; requests {nothing.Requests.Describe()}"));
            rows.Add(await ScheduledAsync(host, simulator, n, start, harnessNothing, cancellationToken));

            var touched = await simulator.TouchAsync(50, cancellationToken);
            var (_, harnessChanged) = await RemoteTimed.RunAsync(simulator, harness, () => HarnessPullAsync(harness, module, harnessCheckpoint, cancellationToken), cancellationToken);
            var changed = await SyncAsync(host, simulator, cancellationToken, "--direction", "pull", "--module", module);
            rows.Add(changed.Row(
                $"host: incremental pull, {touched} changed of {n:N0}",
                touched,
                start,
                harnessChanged with { Records = touched },
                string.Empty,
                target: "1 list request; reported beside the harness",
                met: changed.Requests.Of("GET list") == 1 ? null : false,
                gap: $"wall/start {R(changed.Wall / start.Wall)}; requests {changed.Requests.Describe()}"));
            return (new PullFigures(n, start, nothing, full.PeakWorkingSet), rows);
        }
        finally
        {
            Release(folder, args);
        }
    }

    /// <summary>
    /// The same incremental pull as the scheduler runs it, in one resident host process (<c>schedule --every 1s
    /// --runs 4 --direction pull</c>: every enabled module): the first run pays the process's start, the later ones
    /// only their requests and store work, read from the run log (<c>report --runs --json</c>).
    /// </summary>
    private static async Task<Measurement> ScheduledAsync(HostCommandLine host, SimulatorProcess simulator, int n, HostStart start, Measurement harness, CancellationToken cancellationToken)
    {
        const int Runs = 4;
        var run = await SyncRunAsync(host, simulator, ["schedule", Instance, "--every", "1s", "--runs", Runs.ToString(Invariant), "--direction", "pull"], cancellationToken);
        var log = await host.RunAsync(cancellationToken, "report", Instance, "--runs", Runs.ToString(Invariant), "--json");
        using var runs = System.Text.Json.JsonDocument.Parse(log.Output);
        var durations = runs.RootElement.EnumerateArray()
            .Select(r => DateTimeOffset.Parse(r.GetProperty("endedAt").GetString()!, Invariant) - DateTimeOffset.Parse(r.GetProperty("startedAt").GetString()!, Invariant))
            .Reverse()
            .ToArray();
        var warm = durations.Skip(1).Order().ToArray();
        var median = warm.Length > 0 ? warm[warm.Length / 2] : TimeSpan.Zero;
        var requestsPerRun = run.Requests.Total / Math.Max(1, durations.Length);
        return run.Row(
            $"host: incremental pull, nothing changed, {n:N0} stored, in the resident scheduler ({Runs} runs, every enabled module)",
            0,
            start,
            harness,
            string.Empty,
            target: "a run after the first: ≤ 1.5 × host start (the CLI row above is the one-off process)",
            met: warm.Length > 0 && median / start.Wall <= 1.5,
            gap: $"runs {string.Join(", ", durations.Select(d => S(d)))} (the first includes the plugin's load and first requests); later runs' median {S(median)} = {R(median / start.Wall)} × start; {requestsPerRun} requests a run; wall is that median, cpu the whole scheduler process ({S(run.Wall)} with its waits)") with { Wall = median };
    }

    private static Task<(int Records, string? Checkpoint)> HarnessPullAsync(ConnectorHost harness, string module, string? cursor, CancellationToken cancellationToken) => module switch
    {
        BssModules.Contacts => harness.PullAsync<Contact>(module, cursor, cancellationToken),
        BssModules.Products => harness.PullAsync<Product>(module, cursor, cancellationToken),
        _ => harness.PullAsync<Account>(module, cursor, cancellationToken),
    };

    private static async Task<IReadOnlyList<Measurement>> PushAsync(BenchmarkArguments args, CancellationToken cancellationToken)
    {
        var rows = new List<Measurement>();
        var chunk = args.HostPushAccounts;
        var total = Math.Max(chunk, args.HostPushTotal);
        var accounts = BssData.Accounts(total);
        var contacts = BssData.Contacts(accounts);
        await using var simulator = await SimulatorProcess.StartAsync(0, cancellationToken);
        await using var harnessSimulator = await SimulatorProcess.StartAsync(0, cancellationToken);
        var folder = Path.Combine(Path.GetTempPath(), "bss-bench-host-" + Guid.NewGuid().ToString("N"));
        try
        {
            var host = await HostCommandLine.CreateAsync(folder, args.HostBuild, cancellationToken);
            await ActivateAsync(host, simulator.SiteUrl, cancellationToken);
            var start = await HostStartAsync(host, cancellationToken);

            // The harness: the same connector in this process with in-memory stores, unthrottled like the host's
            // instance (its RequestsPerMinute variable is set to the same limit).
            using var harness = new ConnectorHost(harnessSimulator.SiteUrl, BenchHarness.Unthrottled, TimeProvider.System);
            harness.Records.Add(accounts);
            harness.Records.Add(contacts);
            Task<Measurement> HarnessPushAsync(IReadOnlyList<Account> a, IReadOnlyList<Contact> c) => HarnessAsync(harnessSimulator, harness, a, c, args.BatchSize, cancellationToken);

            // Initial push: one run of the host over `chunk` accounts and contacts, against the harness over the same.
            await ImportAsync(host, folder, accounts[..chunk], contacts[..chunk], cancellationToken);
            var initial = await SyncAsync(host, simulator, cancellationToken, "--direction", "push", "--module", "Accounts", "--module", "Contacts");
            var harnessInitial = await HarnessPushAsync(accounts[..chunk], contacts[..chunk]);
            var initialRatio = initial.Wall / harnessInitial.Wall;
            rows.Add(initial.Row(
                $"host: initial push of {chunk:N0} accounts + {chunk:N0} contacts",
                2 * chunk,
                start,
                harnessInitial,
                string.Empty,
                target: "wall ≤ 1.1 × the in-memory harness",
                met: initialRatio <= 1.1 && initial.Requests.Writes == 2 * chunk,
                gap: $"host/harness {R(initialRatio)}; writes {initial.Requests.Writes:N0}"));

            // The rest, in runs of the same size, each its own process.
            if (total > chunk)
            {
                var building = new List<HostRun>();
                for (var from = chunk; from < total; from += chunk)
                {
                    var to = Math.Min(total, from + chunk);
                    await ImportAsync(host, folder, accounts[from..to], contacts[from..to], cancellationToken);
                    building.Add(await SyncAsync(host, simulator, cancellationToken, "--direction", "push", "--module", "Accounts", "--module", "Contacts"));
                }

                var harnessRest = await HarnessPushAsync(accounts[chunk..], contacts[chunk..]);
                var sum = HostRun.Sum(building, host.StoreBytes);
                rows.Add(sum.Row(
                    $"host: the other {total - chunk:N0} + {total - chunk:N0} in {building.Count} runs of {chunk:N0} + {chunk:N0} (each run re-checks those before)",
                    2 * (total - chunk),
                    start,
                    harnessRest,
                    string.Empty,
                    target: "reported (harness: one run)",
                    met: null,
                    gap: $"{building.Count} host starts included; writes {sum.Requests.Writes:N0}"));
            }

            var unchanged = await SyncAsync(host, simulator, cancellationToken, "--direction", "push", "--module", "Accounts", "--module", "Contacts");
            var harnessUnchanged = await HarnessPushAsync(accounts, contacts);
            var work = unchanged.Wall - start.Wall;
            var cpuWork = unchanged.Cpu - start.Cpu;
            rows.Add(unchanged.Row(
                $"host: re-push unchanged, {total:N0} + {total:N0}",
                2 * total,
                start,
                harnessUnchanged,
                string.Empty,
                target: "0 requests; host work (wall − start) ≤ 1 s",
                met: unchanged.Requests.Total == 0 && work <= TimeSpan.FromSeconds(1),
                gap: $"host work {S(work)} wall, {S(cpuWork)} cpu beyond start; requests {unchanged.Requests.Describe()}"));

            var changedAccounts = BssData.ChangeEvery(accounts, 100, x => x with { Phone = "+44 20 7946 0999" });
            var changedContacts = BssData.ChangeEvery(contacts, 100, x => x with { JobTitle = "Chief Financial Officer" });
            var each = (total + 99) / 100;
            await ImportAsync(host, folder, changedAccounts, changedContacts, cancellationToken);
            var changed = await SyncAsync(host, simulator, cancellationToken, "--direction", "push", "--module", "Accounts", "--module", "Contacts");
            var harnessChanged = await HarnessPushAsync(changedAccounts, changedContacts);
            rows.Add(changed.Row(
                $"host: re-push 1% changed, {2 * each:N0} of {2 * total:N0}",
                2 * total,
                start,
                harnessChanged,
                string.Empty,
                // A new process discovers the codebase and reads the countries table once (the harness has them).
                target: $"requests = {2 * each:N0} PATCH + the process's 2 reads (companyinfo, countries); reported beside the harness",
                met: changed.Requests.Total <= 2 * each + 2 && changed.Requests.Of("PATCH") == 2 * each ? null : false,
                gap: $"host/harness {R(changed.Wall / harnessChanged.Wall)}; requests {changed.Requests.Describe()}"));
            return rows;
        }
        finally
        {
            Release(folder, args);
        }
    }

    private static async Task<Measurement> HarnessAsync(SimulatorProcess simulator, ConnectorHost harness, IReadOnlyList<Account> accounts, IReadOnlyList<Contact> contacts, int batchSize, CancellationToken cancellationToken)
    {
        var (_, a) = await RemoteTimed.RunAsync(simulator, harness, () => harness.PushAsync(BssModules.Accounts, accounts, batchSize, cancellationToken), cancellationToken);
        var (_, c) = await RemoteTimed.RunAsync(simulator, harness, () => harness.PushAsync(BssModules.Contacts, contacts, batchSize, cancellationToken), cancellationToken);
        return a with
        {
            Records = accounts.Count + contacts.Count,
            Requests = RequestTally.Sum(a.Requests, c.Requests),
            Wall = a.Wall + c.Wall,
            Cpu = a.Cpu + c.Cpu,
            SimulatorCpu = a.SimulatorCpu + c.SimulatorCpu,
            PeakWorkingSet = Math.Max(a.PeakWorkingSet, c.PeakWorkingSet),
        };
    }

    private static Measurement Flatness(List<PullFigures> pulls)
    {
        var ratios = pulls.Select(p => p.Nothing.Wall / p.Start.Wall).ToArray();
        var cpuRatios = pulls.Select(p => p.Nothing.Cpu / p.Start.Cpu).ToArray();
        var peaks = pulls.Select(p => p.PeakWorkingSet).ToArray();
        var flatTime = ratios.Max() <= 1.5 && ratios.Max() <= ratios.Min() * 1.25;
        var flatMemory = peaks.Max() < 200L * 1024 * 1024 && peaks.Max() <= peaks.Min() * 1.25;
        var sizes = string.Join(" → ", pulls.Select(p => p.Companies.ToString("N0", Invariant)));
        return new Measurement
        {
            Scenario = $"host: flat in N ({sizes})",
            Records = pulls[^1].Companies,
            Requests = new RequestTally(),
            Wall = pulls[^1].Nothing.Wall,
            Target = "incremental (nothing changed) ≤ 1.5 × start and flat; full-pull peak WS < 200 MB and flat",
            Met = flatTime && flatMemory,
            Gap = $"incremental/start wall {string.Join(" → ", ratios.Select(R))}{(flatTime ? string.Empty : " (NOT flat or over 1.5)")}, cpu {string.Join(" → ", cpuRatios.Select(R))}; full-pull peak {string.Join(" → ", peaks.Select(Mib))}{(flatMemory ? string.Empty : " (NOT flat or over 200 MB)")}",
            Allocated = -1,
            MemoryScope = "host process",
        };
    }

    private static async Task ActivateAsync(HostCommandLine host, Uri siteUrl, CancellationToken cancellationToken)
    {
        var credentials = new ConnectWise.Simulator.SimulatorOptions();
        await host.RunAsync(
            cancellationToken,
            "instance", "activate", Instance, "--connector", "BssConnectWiseConnector",
            "--var", $"ConnectWiseUrl={siteUrl}",
            "--var", $"CompanyId={credentials.CompanyId}",
            "--var", $"PublicKey={credentials.PublicKey}",
            "--var", $"PrivateKey={credentials.PrivateKey}",
            "--var", $"ClientId={credentials.ClientId}",
            "--var", "ImportAccountStatusId=1",
            // The client's per-minute limit out of the way (as in the harness), so that a run measures the host and
            // the connector, not the throttle: a push of 20,000 records at the default 600 a minute takes 33 minutes.
            "--var", $"RequestsPerMinute={BenchHarness.Unthrottled.RequestsPerMinute}");
        await host.RunAsync(cancellationToken, "lookups", "set", Instance, "AccountType", "Customer", "1");

        // The seeded catalog items' type and subcategory map back to BSS values (CatalogSeed).
        await host.RunAsync(cancellationToken, "lookups", "set", Instance, "ProductType", "Service", CatalogSeed.TypeId.ToString(Invariant));
        await host.RunAsync(cancellationToken, "lookups", "set", Instance, "UnitType", "User", CatalogSeed.SubcategoryId.ToString(Invariant));
    }

    /// <summary>The host's start-up: <c>instance list</c>, the median wall and processor time of three whole processes.</summary>
    private static async Task<HostStart> HostStartAsync(HostCommandLine host, CancellationToken cancellationToken)
    {
        var runs = new List<ChildRun>();
        for (var i = 0; i < 3; i++)
        {
            runs.Add(await host.RunAsync(cancellationToken, "instance", "list"));
        }

        return new HostStart(runs.Select(r => r.Wall).Order().ElementAt(1), runs.Select(r => r.Cpu).Order().ElementAt(1));
    }

    private static async Task ImportAsync(HostCommandLine host, string folder, IReadOnlyList<Account> accounts, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken) =>
        await host.RunAsync(cancellationToken, "bss", "import", BssRecordsFile.Write(Path.Combine(folder, "records.json"), accounts, contacts));

    private static Task<HostRun> SyncAsync(HostCommandLine host, SimulatorProcess simulator, CancellationToken cancellationToken, params string[] options) =>
        SyncRunAsync(host, simulator, ["sync", Instance, .. options], cancellationToken);

    private static async Task<HostRun> SyncRunAsync(HostCommandLine host, SimulatorProcess simulator, string[] command, CancellationToken cancellationToken)
    {
        await simulator.ClearAsync(cancellationToken);
        var simulatorCpu = await simulator.CpuAsync(cancellationToken);
        var run = await host.RunAsync(cancellationToken, command);
        var requests = await simulator.StatsAsync(cancellationToken);
        return new HostRun(run.Wall, run.Cpu, run.PeakWorkingSet, requests, await simulator.CpuAsync(cancellationToken) - simulatorCpu, host.StoreBytes, Load());
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string NodeVersion()
    {
        try
        {
            using var node = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("node", "--version") { RedirectStandardOutput = true });
            var version = node!.StandardOutput.ReadToEnd().Trim();
            node.WaitForExit();
            return version;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "?";
        }
    }

    private static void Release(string folder, BenchmarkArguments args)
    {
        if (args.HostKeepStore)
        {
            Console.WriteLine($"host store kept: {folder}");
            return;
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string S(TimeSpan t) => t.TotalSeconds.ToString("0.000", Invariant) + " s";

    private static string R(double r) => double.IsNaN(r) ? "n/a" : r.ToString("0.00", Invariant);

    private static string Mib(long bytes) => (bytes / 1024d / 1024d).ToString("0.0", Invariant) + " MiB";

    private sealed record PullFigures(int Companies, HostStart Start, HostRun Nothing, long PeakWorkingSet);

    /// <summary>The host's start-up (<c>instance list</c>): wall and processor time.</summary>
    private sealed record HostStart(TimeSpan Wall, TimeSpan Cpu);

    /// <summary>One host command measured whole, with the simulator's side of it.</summary>
    private sealed record HostRun(TimeSpan Wall, TimeSpan Cpu, long PeakWorkingSet, RequestTally Requests, TimeSpan SimulatorCpu, long StoreBytes, string Load)
    {
        public static HostRun Sum(IReadOnlyList<HostRun> runs, long storeBytes) => new(
            TimeSpan.FromTicks(runs.Sum(r => r.Wall.Ticks)),
            TimeSpan.FromTicks(runs.Sum(r => r.Cpu.Ticks)),
            runs.Max(r => r.PeakWorkingSet),
            RequestTally.Sum([.. runs.Select(r => r.Requests)]),
            TimeSpan.FromTicks(runs.Sum(r => r.SimulatorCpu.Ticks)),
            storeBytes,
            runs[^1].Load);

        public Measurement Row(string scenario, int records, HostStart start, Measurement harness, string peer, string target, bool? met, string gap) => new()
        {
            Scenario = scenario,
            Records = records,
            Requests = Requests,
            Wall = Wall,
            Concurrency = 8,
            PerMinute = BenchHarness.Unthrottled.RequestsPerMinute,
            Cpu = Cpu,
            SimulatorCpu = SimulatorCpu,
            PeakWorkingSet = PeakWorkingSet,
            Allocated = -1,
            MemoryScope = "host process",
            LoadAverage = Load,
            Target = target,
            Met = met,
            Gap = gap,
            Note = $"store {Mib(StoreBytes)}; host start {S(start.Wall)} (cpu {S(start.Cpu)}); in-memory harness {S(harness.Wall)} ({harness.Requests.Total:N0} requests, cpu {S(harness.Cpu)}{(harness.SimulatorCpu is { } sim ? $", its simulator {S(sim)}" : string.Empty)}), host/harness {R(harness.Wall > TimeSpan.Zero ? Wall / harness.Wall : double.NaN)}"
                + (peer.Length > 0 ? "; " + peer : string.Empty),
        };
    }
}
