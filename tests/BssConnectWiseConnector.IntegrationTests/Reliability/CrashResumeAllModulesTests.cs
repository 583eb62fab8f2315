using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework.Host;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Reliability;

/// <summary>
/// Kills the host process at seeded random moments of a sync of every module, restarts it, and checks after every
/// kill and at the end: nothing duplicated in ConnectWise, every BSS record linked, no cursor ahead of what was
/// stored. The simulator lives in the test process and outlives every host process. Sizes come from the
/// environment for a longer manual run: BSS_CRASH_ACCOUNTS, BSS_CRASH_KILLS, BSS_CRASH_SEED (see docs/reliability.md).
/// </summary>
[TestClass]
public sealed class CrashResumeAllModulesTests
{
    private const string Companies = "company/companies";
    private const string Contacts = "company/contacts";
    private const string Catalog = "procurement/catalog";
    private const string Agreements = "finance/agreements";
    private const string Additions = "finance/agreements/{parentId}/additions";
    private const string Orders = "sales/orders";
    private const string Invoices = "finance/invoices";
    private const string Payments = "finance/invoices/{parentId}/payments";
    private const string Lines = "procurement/products";

    private static readonly string[] Counted = [Companies, Contacts, Catalog, Agreements, Additions, Orders, Invoices, Payments, Lines];

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(900_000, CooperativeCancellation = true)]
    public async Task Sync_HostKilledAtSeededMomentsAcrossAllModules_NoDuplicateNothingLostNoCursorAhead()
    {
        var accounts = Setting("BSS_CRASH_ACCOUNTS", 100);
        var plannedKills = Setting("BSS_CRASH_KILLS", 12);
        var seed = Setting("BSS_CRASH_SEED", 20261125);
        var data = new AllModulesData(accounts);
        await using var harness = await SimulatorCli.StartAsync(Token, new SimulatorOptions(), accounts: 0);
        var simulator = harness.Simulator;
        await PrepareAsync(harness, data);
        var baseline = Counted.ToDictionary(r => r, simulator.Store.Count, StringComparer.Ordinal);
        var imported = await BssRecordsAsync(harness);
        TestContext.WriteLine($"{data.Total} BSS records ({string.Join(", ", data.PerModule.Select(m => $"{m.Value} {m.Key}"))}), {data.Lines} lines; seed {seed}, {plannedKills} kills planned");

        // Seeded on purpose: the same seed gives the same kill moments, so a failure can be replayed.
#pragma warning disable CA5394
        var random = new Random(seed);
        // A sync writes about 1.3 times its records (lines, agreements, updates after a restart); steps average that
        // over the kills, so the kills reach the last modules.
        var step = Math.Max(2, 26 * (data.Total + data.Lines + data.Subscriptions) / (10 * (plannedKills + 1)));
        var kills = 0;
        var starts = 0;
        var started = DateTime.UtcNow;
        while (true)
        {
            starts++;
            using var host = HostProcess.Start(harness.Cli.DatabasePath, null, "sync", "acme", "--direction", "both", "--batch-size", "100");
            if (kills < plannedKills)
            {
                // A kill lands after a seeded number of further writes (a few milliseconds either side), so the kills
                // spread over every module whatever the host's start-up time, and fall between a POST and its link too.
                var writes = random.Next(1, step);
                var target = simulator.Requests.WriteCount + writes;
                var deadline = DateTime.UtcNow.AddMinutes(1);
                while (!host.HasExited && simulator.Requests.WriteCount < target && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(random.Next(1, 10), Token);
                }

                if (!host.HasExited)
                {
                    await host.KillAsync(Token);
                    kills++;
                    var progress = await CheckConsistencyAsync(harness, baseline);
                    TestContext.WriteLine($"kill {kills} after {writes} more writes ({simulator.Requests.WriteCount} in all): {progress}");
                    continue;
                }
            }
            else
            {
                Assert.IsTrue(await host.WaitAsync(TimeSpan.FromMinutes(10), Token), "the last run ends by itself: " + host.Output);
            }

            Assert.AreEqual(0, host.ExitCode, host.Output);
            TestContext.WriteLine($"run {starts} completed by itself after {kills} kills: {LastLine(host.Output, "Totals:")}");
            break;
        }
#pragma warning restore CA5394

        var again = await harness.RunAsync(Token, "sync", "acme", "--direction", "both");
        Assert.AreEqual(0, again.ExitCode, again.ToString());
        StringAssert.Contains(again.Output, "Totals: 0 created", "nothing is left to create: " + again.Output);
        StringAssert.Contains(again.Output, " 0 failed", again.Output);

        await CheckConsistencyAsync(harness, baseline);

        // Nothing was edited in ConnectWise, so every merged record must still be exactly what was imported.
        var after = await BssRecordsAsync(harness);
        var changed = imported.Where(r => after.GetValueOrDefault(r.Key) != r.Value).Select(r => $"{r.Key}: {r.Value} -> {after.GetValueOrDefault(r.Key)}").ToList();
        Assert.IsEmpty(changed, "no BSS field lost or changed by a pull: " + string.Join("\n", changed));
        var created = Counted.ToDictionary(r => r, r => simulator.Store.Count(r) - baseline[r], StringComparer.Ordinal);
        TestContext.WriteLine($"after {kills} kills and {starts} starts in {(DateTime.UtcNow - started).TotalSeconds:0} s: created {string.Join(", ", created.Select(c => $"{c.Value} {c.Key}"))}");
        Assert.IsGreaterThanOrEqualTo(Math.Min(plannedKills, 3), kills, "the host was killed mid-run");
        Assert.AreEqual(data.Accounts, created[Companies], "companies");
        Assert.AreEqual(data.Contacts, created[Contacts], "contacts");
        Assert.AreEqual(data.Products, created[Catalog], "catalog items");
        Assert.AreEqual(data.Subscriptions, created[Agreements], "agreements: one per customer with seats");
        Assert.AreEqual(data.Subscriptions, created[Additions], "additions");
        Assert.AreEqual(data.Orders, created[Orders], "sales orders");
        Assert.AreEqual(data.Invoices, created[Invoices], "invoices");
        Assert.AreEqual(data.Payments, created[Payments], "payments");
        Assert.AreEqual(data.Lines, created[Lines], "order and invoice lines");

        using var services = await OpenAsync(harness);
        var instance = await services.Instances.GetAsync("acme", Token);
        var links = await services.LinksOf(instance).ListAsync(null, Token);
        foreach (var (module, expected) in data.PerModule)
        {
            var linked = links.Count(l => l.Module == module && !l.BssId.StartsWith("cw-", StringComparison.Ordinal));
            Assert.AreEqual(expected, linked, $"every {module} record is linked");
        }
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task Sync_EveryFaultAtOnceAcrossAllModules_RunsConvergeWithoutDuplicatesAndTheReportTellsTheTruth()
    {
        var data = new AllModulesData(Setting("BSS_FAULT_ACCOUNTS", 40));
        await using var harness = await SimulatorCli.StartAsync(Token, new SimulatorOptions(), accounts: 0);
        var simulator = harness.Simulator;
        await PrepareAsync(harness, data);
        var baseline = Counted.ToDictionary(r => r, simulator.Store.Count, StringComparer.Ordinal);
        var imported = await BssRecordsAsync(harness);
        var faults = simulator.Options.Faults;
        faults.Seed = Setting("BSS_FAULT_SEED", 42);
        faults.TooManyRequestsShare = 0.05;
        faults.RetryAfterSeconds = 0;
        faults.ServerErrorShare = 0.05;
        faults.DropConnectionShare = 0.02;
        faults.CommitThenFailShare = 0.05;
        faults.RedirectPostShare = 0.03;

        // Push only by default; BSS_FAULT_DIRECTION=both runs the same trial two-way (pull, merge, push each run).
        var direction = Environment.GetEnvironmentVariable("BSS_FAULT_DIRECTION") ?? "push";
        var runs = 0;
        while (true)
        {
            runs++;
            var run = await harness.RunAsync(Token, "sync", "acme", "--direction", direction);
            var totals = LastLine(run.Output, "Totals:");
            TestContext.WriteLine($"run {runs} under faults: exit {run.ExitCode}; {totals}");
            await CheckConsistencyAsync(harness, baseline);
            var failedInReport = run.Output.Split('\n').Count(l => l.Contains(" Failed ", StringComparison.Ordinal) && !l.StartsWith("Module", StringComparison.Ordinal));
            var failedInTotals = int.Parse(totals.Split(", ").Single(p => p.EndsWith(" failed", StringComparison.Ordinal)).Split(' ')[0], CultureInfo.InvariantCulture);
            Assert.AreEqual(failedInTotals, failedInReport, "every failure counted is listed with its reason");
            Assert.AreEqual(failedInTotals == 0 ? 0 : 1, run.ExitCode, "the exit code says whether anything failed");
            if (run.ExitCode == 0 || runs == 8)
            {
                break;
            }
        }

        var requests = simulator.Requests.Snapshot();
        TestContext.WriteLine($"{runs} runs, {requests.Count} requests: {requests.Count(r => r.Status == 429)} answered 429, {requests.Count(r => r.Status is 500 or 503)} 500/503, {requests.Count(r => r.Status == 302)} redirected, {requests.Count(r => r.Aborted)} dropped");
        faults.Reset();
        var settled = await harness.RunAsync(Token, "sync", "acme", "--direction", direction);
        StringAssert.Contains(settled.Output, "Totals: 0 created", settled.Output);
        StringAssert.Contains(settled.Output, " 0 failed", settled.Output);

        await CheckConsistencyAsync(harness, baseline);

        // Nothing was edited in ConnectWise, so every merged record must still be exactly what was imported.
        var after = await BssRecordsAsync(harness);
        var changed = imported.Where(r => after.GetValueOrDefault(r.Key) != r.Value).Select(r => $"{r.Key}: {r.Value} -> {after.GetValueOrDefault(r.Key)}").ToList();
        Assert.IsEmpty(changed, "no BSS field lost or changed by a pull: " + string.Join("\n", changed));
        var created = Counted.ToDictionary(r => r, r => simulator.Store.Count(r) - baseline[r], StringComparer.Ordinal);
        TestContext.WriteLine($"created {string.Join(", ", created.Select(c => $"{c.Value} {c.Key}"))}");
        Assert.AreEqual(data.Accounts, created[Companies], "companies");
        Assert.AreEqual(data.Contacts, created[Contacts], "contacts");
        Assert.AreEqual(data.Products, created[Catalog], "catalog items");
        Assert.AreEqual(data.Subscriptions, created[Agreements], "agreements");
        Assert.AreEqual(data.Subscriptions, created[Additions], "additions");
        Assert.AreEqual(data.Orders, created[Orders], "sales orders");
        Assert.AreEqual(data.Invoices, created[Invoices], "invoices");
        Assert.AreEqual(data.Payments, created[Payments], "payments");
        Assert.AreEqual(data.Lines, created[Lines], "lines");
    }

    // The accounts, contacts and products of the BSS as exported, by entity and id: what a two-way run must not lose.
    private async Task<Dictionary<string, string>> BssRecordsAsync(SimulatorCli harness)
    {
        var records = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in new[] { "accounts", "contacts", "products" })
        {
            var export = await harness.RunOkAsync(Token, "bss", "export", entity);
            using var json = JsonDocument.Parse(export.Output);
            foreach (var record in json.RootElement.GetProperty(entity).EnumerateArray())
            {
                records[$"{entity}/{record.GetProperty("id").GetString()}"] = record.GetRawText();
            }
        }

        return records;
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    private static string LastLine(string output, string prefix) =>
        output.Split('\n').LastOrDefault(l => l.TrimStart().StartsWith(prefix, StringComparison.Ordinal))?.Trim() ?? "(no totals)";

    private static string? Text(JsonObject record, string path)
    {
        JsonNode? node = record;
        foreach (var part in path.Split('/'))
        {
            node = node?[part];
        }

        return node?.ToString();
    }

    private static List<string> Duplicates(ConnectWiseSimulator simulator, string resource, params string[] keyPaths) =>
        [.. simulator.Store.All(resource)
            .GroupBy(r => string.Join("|", keyPaths.Select(p => Text(r, p))), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"{resource} {g.Key} x{g.Count()}")];

    private async Task PrepareAsync(SimulatorCli harness, AllModulesData data)
    {
        await harness.RunOkAsync(Token, "instance", "set", "acme", "--var", "SalesRepresentativeId=1", "--var", "CreditCardMethodId=CARD", "--var", "BankDepositMethodId=BANK");
        var file = harness.Folder.File("all-modules.json", data.ToJson());
        await harness.RunOkAsync(Token, "bss", "import", file);
        await harness.RunOkAsync(Token, "lookups", "discover", "acme", "--apply");
        var managedService = harness.Simulator.Store.All("finance/agreements/types").Single(t => (string?)t["name"] == "Managed Service")["id"]!.ToString();
        await harness.RunOkAsync(Token, "lookups", "set", "acme", "BillingCycle", "Monthly", managedService);
    }

    private async Task<HostServices> OpenAsync(SimulatorCli harness) =>
        await HostServices.OpenAsync(new HostSettings { DatabasePath = harness.Cli.DatabasePath, AllowLoopbackHttp = true }, Token);

    /// <summary>No duplicate by natural key, no remote id linked twice, every link on a live record, no cursor past the stored records.</summary>
    private async Task<string> CheckConsistencyAsync(SimulatorCli harness, IReadOnlyDictionary<string, int> baseline)
    {
        var simulator = harness.Simulator;
        var duplicates = new List<string>();
        duplicates.AddRange(Duplicates(simulator, Companies, "identifier"));
        duplicates.AddRange(Duplicates(simulator, Contacts, "company/id", "firstName", "lastName"));
        duplicates.AddRange(Duplicates(simulator, Catalog, "identifier"));
        duplicates.AddRange(Duplicates(simulator, Agreements, "company/id", "type/id"));
        duplicates.AddRange(Duplicates(simulator, Additions, "agreementId", "product/id"));
        duplicates.AddRange(Duplicates(simulator, Orders, "description"));
        duplicates.AddRange(Duplicates(simulator, Invoices, "reference"));
        duplicates.AddRange(Duplicates(simulator, Payments, "invoice/id", "amount", "paymentDate"));
        duplicates.AddRange(Duplicates(simulator, Lines, "salesOrder/id", "invoice/id", "description"));
        Assert.IsEmpty(duplicates, string.Join("; ", duplicates));

        using var services = await OpenAsync(harness);
        var instance = await services.Instances.GetAsync("acme", Token);
        var links = await services.LinksOf(instance).ListAsync(null, Token);
        var sharedRemote = links.GroupBy(l => (l.Module, l.RemoteId)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Module} {g.Key.RemoteId}").ToList();
        Assert.IsEmpty(sharedRemote, "a remote record linked to two BSS records: " + string.Join(", ", sharedRemote));

        var state = services.StateOf(instance);
        foreach (var module in links.Select(l => l.Module).Distinct(StringComparer.Ordinal))
        {
            var cursor = await state.GetCursorAsync(module, Token);
            if (cursor is not null && JsonNode.Parse(cursor)?["afterId"]?.GetValue<int>() is { } afterId)
            {
                Assert.IsNotNull(
                    await services.LinksOf(instance).FindByRemoteIdAsync(module, afterId.ToString(CultureInfo.InvariantCulture), Token),
                    $"{module} cursor {cursor} is past the records stored");
            }
        }

        var created = Counted.Sum(r => simulator.Store.Count(r) - baseline[r]);
        return $"{links.Count} links ({string.Join(", ", links.GroupBy(l => l.Module).Select(g => $"{g.Count()} {g.Key}"))}), {created} records in ConnectWise, 0 duplicates";
    }
}
