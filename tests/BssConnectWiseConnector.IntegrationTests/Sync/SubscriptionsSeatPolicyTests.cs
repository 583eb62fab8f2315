using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Plans;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

/// <summary>
/// The seat policy through the CLI and the store: two customers with a subscription each, pushed once (PlanHarness),
/// then the seats of one addition edited in the simulator and <c>sync --direction both</c> run twice. Writes are the
/// requests that change ConnectWise: the pull's <c>POST system/bundles</c> only reads additions, so it is counted apart.
/// </summary>
[TestClass]
public sealed class SubscriptionsSeatPolicyTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [DataRow("ConnectWiseWins", 14, 14, DisplayName = "ConnectWiseWins: the seats arrive in the BSS")]
    [DataRow("BssWins", 10, 10, DisplayName = "BssWins: the push overwrites them")]
    [DataRow("ReportOnly", 10, 14, DisplayName = "ReportOnly: reported, both left")]
    public async Task SyncBoth_SeatsEditedInConnectWise_ThePolicyDecidesAndTheSecondRunWritesNothing(string policy, int bssAfter, int connectWiseAfter)
    {
        await using var harness = await PlanHarness.StartAsync(Token);
        var cli = harness.Cli;
        await cli.RunOkAsync(Token, "instance", "set", "acme", "--var", $"SubscriptionDriftPolicy={policy}");
        var addition = (int)harness.AdditionOf("Contoso Branch 1")["id"]!;
        cli.Simulator.Store.Update(PlanHarness.Additions, addition, a => a["quantity"] = 14m);

        // The BSS changes the price, so every policy pushes the subscription (an unchanged one costs no request, so drift waits for a change).
        await PriceAsync(cli, 6.00m);

        var before = Writes(cli);
        var first = await cli.RunOkAsync(Token, "sync", "acme", "--direction", "both", "--json");
        var writes = Writes(cli);
        var bundles = Bundles(cli);
        var second = await cli.RunOkAsync(Token, "sync", "acme", "--direction", "both", "--json");

        Assert.AreEqual(bssAfter, await SeatsInBssAsync(cli, "SUB-1"), first.Output);
        Assert.AreEqual(10, await SeatsInBssAsync(cli, "SUB-2"), "the other subscription is untouched");
        Assert.AreEqual(connectWiseAfter, (int)(decimal)harness.AdditionOf("Contoso Branch 1")["quantity"]!);
        Assert.AreEqual(1, writes - before, "one PATCH of the addition (the price; with BssWins the seats too): " + first.Output);
        Assert.AreEqual(6m, (decimal)harness.AdditionOf("Contoso Branch 1")["unitPrice"]!, "the price is the BSS's under every policy");
        Assert.AreEqual(writes, Writes(cli), "the second run writes nothing: " + second.Output);
        Assert.AreEqual(policy == "BssWins" ? 0 : 1, bundles, "the first run's only other POST is the pull's read bundle");
        Assert.AreEqual(2 * bundles, Bundles(cli), "the second run reads the additions again in one bundle (none with BssWins)");
        var pull = Module(first, "Subscriptions", "pull");
        Assert.AreEqual(policy == "BssWins" ? 0 : 1, pull.Requests, "one bundle reads the additions of both agreements; BssWins reads none");
        var reported = Results(first).Where(r => r.Module == "Subscriptions" && r.Outcome == "Conflict").ToArray();
        if (policy == "ReportOnly")
        {
            Assert.Contains("in the BSS '10', in ConnectWise '14'", reported.Single().Reason);
            Assert.AreEqual(1, Results(second).Count(r => r.Module == "Subscriptions" && r.Outcome == "Conflict"), "reported while it stands");
        }
        else
        {
            Assert.IsEmpty(reported);
        }

        Assert.IsFalse(Results(second).Any(r => r.Module == "Subscriptions" && r.Outcome is "Updated" or "Created" or "Failed"), second.Output);
    }

    [TestMethod]
    public async Task SyncBoth_ConnectWiseWinsSeatsEditedInTheBss_AreNotPushedAndTheCheckBillsConnectWisesCount()
    {
        await using var harness = await PlanHarness.StartAsync(Token);
        var cli = harness.Cli;
        await cli.RunOkAsync(Token, "instance", "set", "acme", "--var", "SubscriptionDriftPolicy=ConnectWiseWins");
        await harness.SeatsAsync(12, 10, Token);
        var writes = Writes(cli);

        var run = await cli.RunOkAsync(Token, "sync", "acme", "--direction", "both", "--json");
        var check = await cli.RunAsync(Token, "check", "acme");

        Assert.AreEqual(writes, Writes(cli), "ConnectWise owns the seats: the BSS edit is never sent: " + run.Output);
        Assert.AreEqual(10, (int)(decimal)harness.AdditionOf("Contoso Branch 1")["quantity"]!);
        Assert.AreEqual(12, await SeatsInBssAsync(cli, "SUB-1"), "ConnectWise did not change the seats, so the pull leaves the BSS edit: " + run.Output);
        Assert.IsFalse(Results(run).Any(r => r.Module == "Subscriptions" && r.Outcome is "Conflict" or "Updated" or "Failed"), run.Output);
        Assert.DoesNotContain("DriftReported", run.Output, "nothing was changed by hand in ConnectWise");
        Assert.Contains("billed: ConnectWise's 10 seats (drift policy ConnectWiseWins", check.Output);
    }

    private static int Writes(SimulatorCli cli) =>
        cli.Simulator.Requests.Snapshot().Count(r => r.IsWrite && !IsBundle(r));

    private static int Bundles(SimulatorCli cli) =>
        cli.Simulator.Requests.Snapshot().Count(IsBundle);

    private static bool IsBundle(ConnectWise.Simulator.RequestLogEntry request) =>
        request.Method == "POST" && request.Path.TrimEnd('/').EndsWith("system/bundles", StringComparison.OrdinalIgnoreCase);

    private async Task PriceAsync(SimulatorCli cli, decimal price)
    {
        var file = cli.Folder.File("price.json", JsonSerializer.Serialize(new
        {
            subscriptions = new[] { new { id = "SUB-1", accountId = "ACC-0001", productId = "PRD-1", name = "Seats of branch 1", quantity = 10m, unitPrice = price, unitCost = 2.00m, billingCycle = "Monthly", startDate = "2026-01-01", status = "Active" } },
        }, WebJson));
        await cli.RunOkAsync(Token, "bss", "import", file);
    }

    private async Task<int> SeatsInBssAsync(SimulatorCli cli, string id)
    {
        var export = await cli.RunOkAsync(Token, "bss", "export", "subscriptions");
        using var json = JsonDocument.Parse(export.Output);
        return (int)json.RootElement.GetProperty("subscriptions").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id).GetProperty("quantity").GetDecimal();
    }

    private static (int Requests, int Pulled) Module(CliResult run, string module, string direction)
    {
        using var json = JsonDocument.Parse(run.Output);
        var stats = json.RootElement.GetProperty("modules").EnumerateArray()
            .Single(m => m.GetProperty("module").GetString() == module && m.GetProperty("direction").GetString() == direction);
        return (stats.GetProperty("requests").GetInt32(), stats.GetProperty("pulled").GetInt32());
    }

    private static (string Module, string? Outcome, string Reason)[] Results(CliResult run)
    {
        using var json = JsonDocument.Parse(run.Output);
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => (
            r.GetProperty("module").GetString()!,
            r.GetProperty("outcome").GetString(),
            r.TryGetProperty("reason", out var reason) ? reason.GetString() ?? string.Empty : string.Empty))];
    }
}
