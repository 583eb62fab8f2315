using System.Globalization;
using System.Text.Json;

namespace BssConnectWiseConnector.IntegrationTests.Plans;

/// <summary><c>sync --plan</c>, <c>plan</c>, <c>approve</c>, <c>reject</c> and the approval mode against the simulator.</summary>
[TestClass]
public sealed class PlanCommandTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task SyncPlan_SeatsChanged_SavesAPlanByCustomerWithTheMoneyAndWritesNothing()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.SeatsAsync(12, 7, Token);

        using var plan = await h.PlanJsonAsync(Token);

        Assert.AreEqual(0, h.Cli.Simulator.Requests.WriteCount, "a plan writes nothing");
        var root = plan.RootElement;
        Assert.AreEqual("Pending", root.GetProperty("status").GetString());
        Assert.AreEqual((2 * 5.00m) - (3 * 5.00m), root.GetProperty("monthlyRevenueChange").GetDecimal());
        Assert.AreEqual((2 * 2.00m) - (3 * 2.00m), root.GetProperty("monthlyCostChange").GetDecimal());
        var customers = root.GetProperty("customers").EnumerateArray().ToList();
        Assert.HasCount(2, customers);
        Assert.AreEqual("Contoso Branch 1", customers[0].GetProperty("name").GetString());
        var change = customers[0].GetProperty("agreements")[0].GetProperty("changes")[0];
        Assert.AreEqual("SUB-1", change.GetProperty("bssId").GetString());
        Assert.AreEqual(10m, change.GetProperty("billing").GetProperty("seatsBefore").GetDecimal());
        Assert.AreEqual(12m, change.GetProperty("billing").GetProperty("seatsAfter").GetDecimal());
        Assert.AreEqual(5.00m, change.GetProperty("billing").GetProperty("unitPriceAfter").GetDecimal());
        Assert.AreEqual(-15.00m, customers[1].GetProperty("monthlyRevenueChange").GetDecimal());
        Assert.AreEqual(10m, (decimal?)h.AdditionOf("Contoso Branch 1")["quantity"]);

        var csv = await h.Cli.RunOkAsync(Token, "plan", "acme", root.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture), "--csv");
        var lines = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(3, lines);
        StringAssert.StartsWith(lines[0], "customer,customerId,agreement,module,bssId,product,seatsBefore,seatsAfter");
        StringAssert.Contains(lines[1], "Contoso Branch 1,ACC-0001,");
        StringAssert.Contains(lines[1], ",10,12,5.00,5.00,2.00,2.00,10.00,4.00,");
    }

    [TestMethod]
    public async Task SyncPlan_Text_GroupsByCustomerWithSeatsPriceCostMoneyDateAndReason()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.SeatsAsync(12, 10, Token);

        var plan = await h.Cli.RunOkAsync(Token, "sync", "acme", "--module", "Subscriptions", "--plan");

        Assert.AreEqual(0, h.Cli.Simulator.Requests.WriteCount);
        StringAssert.Contains(plan.Output, "1 customer, monthly revenue +10.00, monthly cost +4.00");
        StringAssert.Contains(plan.Output, "Contoso Branch 1 (ACC-0001): monthly revenue +10.00, cost +4.00");
        StringAssert.Contains(plan.Output, "10 → 12");
        StringAssert.Contains(plan.Output, "Seats 10 → 12.");
        StringAssert.Contains(plan.Output, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "the effective date of a seat change is the day of the change");
        StringAssert.Contains(plan.Output, "Nothing was written. Apply it with 'approve acme ");
        Assert.DoesNotContain("Contoso Branch 2", plan.Output, "an unchanged customer is not in the plan");
    }

    [TestMethod]
    public async Task SyncPlan_Csv_WritesOneRowPerChangeAndSavesThePlan()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.SeatsAsync(12, 7, Token);

        var csv = await h.Cli.RunOkAsync(Token, "sync", "acme", "--module", "Subscriptions", "--plan", "--csv");
        var plans = await h.Cli.RunOkAsync(Token, "plans", "acme", "--json");

        var lines = csv.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(3, lines);
        StringAssert.StartsWith(lines[0], string.Join(',', Bss.IntegrationFramework.Host.Plans.PlanText.Headers.Take(5)));
        StringAssert.Contains(lines[2], "Contoso Branch 2,ACC-0002,");
        StringAssert.Contains(lines[2], ",10,7,5.00,5.00,2.00,2.00,-15.00,-6.00,", "a negative amount stays a number a spreadsheet sums");
        using var json = JsonDocument.Parse(plans.Output);
        Assert.AreEqual("Pending", json.RootElement.GetProperty("plans")[0].GetProperty("status").GetString(), "a --csv plan is saved like any other");
        Assert.AreEqual(0, h.Cli.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    public async Task SyncPlan_ProductIncludesSeatsAndOneCustomerDoNotBill_PlanBillsOnlyTheSeatsBeyondAndCountsTheCost()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.ProductRulesAsync(lessIncluded: 3m, Token);
        await h.SeatsAsync(12, 10, Token, secondBillCustomer: "DoNotBill");

        using var plan = await h.PlanJsonAsync(Token);

        var customers = plan.RootElement.GetProperty("customers").EnumerateArray().ToDictionary(c => c.GetProperty("customerId").GetString()!);
        Assert.AreEqual((2 * 5.00m) - (3 * 5.00m), customers["ACC-0001"].GetProperty("monthlyRevenueChange").GetDecimal(), "10 → 12 seats with 3 included: 7 billed before, 9 after; and lessIncluded is now sent (-15.00 for the 3)");
        Assert.AreEqual(2 * 2.00m, customers["ACC-0001"].GetProperty("monthlyCostChange").GetDecimal(), "every seat costs");
        Assert.AreEqual(-10 * 5.00m, customers["ACC-0002"].GetProperty("monthlyRevenueChange").GetDecimal(), "DoNotBill: the 10 seats stop billing");
        Assert.AreEqual(0m, customers["ACC-0002"].GetProperty("monthlyCostChange").GetDecimal(), "they still cost what they cost");
        Assert.AreEqual(0, h.Cli.Simulator.Requests.WriteCount);

        await h.Cli.RunOkAsync(Token, "approve", "acme", plan.RootElement.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
        Assert.AreEqual((12m, 3m), ((decimal)h.AdditionOf("Contoso Branch 1")["quantity"]!, (decimal)h.AdditionOf("Contoso Branch 1")["lessIncluded"]!));
        Assert.AreEqual("DoNotBill", (string?)h.AdditionOf("Contoso Branch 2")["billCustomer"]);
    }

    [TestMethod]
    public async Task Approve_BaseUnchanged_AppliesThePlanAndARePushCostsNothing()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.SeatsAsync(12, 7, Token);
        using var plan = await h.PlanJsonAsync(Token);
        var id = plan.RootElement.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var approved = await h.RunAsync(Token, "approve", "acme", id);

        Assert.AreEqual(0, approved.ExitCode, approved.ToString());
        StringAssert.Contains(approved.Output, "2 changes applied");
        StringAssert.Contains(approved.Output, "plan Approved");
        Assert.AreEqual(12m, (decimal?)h.AdditionOf("Contoso Branch 1")["quantity"]);
        Assert.AreEqual(7m, (decimal?)h.AdditionOf("Contoso Branch 2")["quantity"]);
        h.Cli.Simulator.Requests.Clear();
        var again = await h.Cli.RunOkAsync(Token, "sync", "acme", "--module", "Subscriptions");
        StringAssert.Contains(again.Output, "2 unchanged");
        Assert.AreEqual(0, h.Cli.Simulator.Requests.Count, "an unchanged re-push costs no request");
        var twice = await h.RunAsync(Token, "approve", "acme", id);
        Assert.AreNotEqual(0, twice.ExitCode);
        StringAssert.Contains(twice.Error, "is Approved");
    }

    [TestMethod]
    public async Task Approve_SeatsChangedInConnectWiseSinceThePlan_RefusedWithWhatChangedAndNothingWritten()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.SeatsAsync(12, 10, Token);
        using var plan = await h.PlanJsonAsync(Token);
        var id = plan.RootElement.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var addition = h.AdditionOf("Contoso Branch 1");
        h.Cli.Simulator.Store.Update(PlanHarness.Additions, (int)addition["id"]!, a => a["quantity"] = 11m);
        h.Cli.Simulator.Requests.Clear();

        var approved = await h.RunAsync(Token, "approve", "acme", id);

        Assert.AreNotEqual(0, approved.ExitCode, approved.ToString());
        StringAssert.Contains(approved.Error, $"Plan {id} is refused");
        StringAssert.Contains(approved.Error, $"ConnectWise changed: planned on 'addition #{addition["id"]}: 10 seats");
        StringAssert.Contains(approved.Error, "now 'addition #" + addition["id"] + ": 11 seats");
        Assert.AreEqual(0, h.Cli.Simulator.Requests.WriteCount);
        Assert.AreEqual(11m, (decimal?)h.AdditionOf("Contoso Branch 1")["quantity"]);
    }

    [TestMethod]
    public async Task Approve_SubscriptionChangedInTheBssSinceThePlan_RefusedNamingTheBssChange()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.SeatsAsync(12, 10, Token);
        using var plan = await h.PlanJsonAsync(Token);
        var id = plan.RootElement.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);
        await h.SeatsAsync(15, 10, Token);

        var approved = await h.RunAsync(Token, "approve", "acme", id);

        Assert.AreNotEqual(0, approved.ExitCode, approved.ToString());
        StringAssert.Contains(approved.Error, "Subscriptions SUB-1 (Contoso Branch 1): the BSS record changed; seats after 12 → 15");
        Assert.AreEqual(10m, (decimal?)h.AdditionOf("Contoso Branch 1")["quantity"]);
    }

    [TestMethod]
    public async Task Approve_OneCustomer_AppliesOnlyItsChangesAndTheOtherRejectLeavesItsSeats()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.SeatsAsync(12, 7, Token);
        using var plan = await h.PlanJsonAsync(Token);
        var id = plan.RootElement.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture);

        var approved = await h.RunAsync(Token, "approve", "acme", id, "--customer", "Contoso Branch 1");
        var rejected = await h.RunAsync(Token, "reject", "acme", id);
        var unknown = await h.RunAsync(Token, "approve", "acme", id, "--customer", "ACC-0404");

        Assert.AreEqual(0, approved.ExitCode, approved.ToString());
        StringAssert.Contains(approved.Output, "1 change applied");
        StringAssert.Contains(approved.Output, "plan PartlyDecided");
        Assert.AreEqual(12m, (decimal?)h.AdditionOf("Contoso Branch 1")["quantity"]);
        Assert.AreEqual(0, rejected.ExitCode, rejected.ToString());
        StringAssert.Contains(rejected.Output, "1 change rejected; plan Approved");
        Assert.AreEqual(10m, (decimal?)h.AdditionOf("Contoso Branch 2")["quantity"]);
        Assert.AreNotEqual(0, unknown.ExitCode);
    }

    [TestMethod]
    public async Task Sync_ThresholdMode_WritesSmallChangesAndHoldsLargeOnesAsWaitingNotFailed()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.Cli.RunOkAsync(Token, "approval", "acme", "Threshold", "--amount", "50");
        await h.SeatsAsync(12, 30, Token);

        var run = await h.RunAsync(Token, "sync", "acme", "--module", "Subscriptions");
        var failed = await h.Cli.RunOkAsync(Token, "report", "acme", "--failed", "--csv");
        var plans = await h.Cli.RunOkAsync(Token, "plans", "acme", "--json");

        Assert.AreEqual(0, run.ExitCode, "waiting is not a failure: " + run);
        Assert.AreEqual(12m, (decimal?)h.AdditionOf("Contoso Branch 1")["quantity"], "+10.00 a month is under the threshold");
        Assert.AreEqual(10m, (decimal?)h.AdditionOf("Contoso Branch 2")["quantity"], "+100.00 a month waits");
        StringAssert.Contains(run.Output, "Waiting");
        StringAssert.Contains(run.Output, "1 change wait for approval in plan");
        Assert.HasCount(1, failed.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), "only the CSV header: nothing failed");
        using var json = JsonDocument.Parse(plans.Output);
        Assert.AreEqual("Threshold", json.RootElement.GetProperty("approvalMode").GetString());
        var held = json.RootElement.GetProperty("plans")[0];
        Assert.AreEqual("held", held.GetProperty("origin").GetString());

        var approved = await h.Cli.RunOkAsync(Token, "approve", "acme", held.GetProperty("id").GetInt64().ToString(CultureInfo.InvariantCulture));
        StringAssert.Contains(approved.Output, "1 change applied");
        Assert.AreEqual(30m, (decimal?)h.AdditionOf("Contoso Branch 2")["quantity"]);
        h.Cli.Simulator.Requests.Clear();
        var again = await h.Cli.RunOkAsync(Token, "sync", "acme", "--module", "Subscriptions");
        StringAssert.Contains(again.Output, "2 unchanged");
        Assert.AreEqual(0, h.Cli.Simulator.Requests.Count, "with the approval mode on, an unchanged re-push still costs no request (its dry run neither)");
    }

    [TestMethod]
    public async Task Schedule_ApproveMode_WaitingChangesAreReportedRunAfterRunNeverFailedNorQuarantined()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.Cli.RunOkAsync(Token, "approval", "acme", "Approve");
        await h.SeatsAsync(11, 10, Token);

        var scheduled = await h.Cli.RunOkAsync(Token, "schedule", "acme", "--every", "1s", "--runs", "3", "--direction", "push");
        var failed = await h.Cli.RunOkAsync(Token, "report", "acme", "--failed", "--csv");
        var last = await h.Cli.RunOkAsync(Token, "report", "acme", "--csv");

        Assert.AreEqual(0, h.Cli.Simulator.Requests.WriteCount, "nothing is written while the change waits");
        Assert.AreEqual(3, scheduled.Output.Split('\n').Count(l => l.Contains(" 0 failed, 0 quarantined", StringComparison.Ordinal)), scheduled.Output);
        Assert.HasCount(1, failed.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), "only the CSV header: waiting is not a failure, so it is never retried with a delay nor quarantined");
        StringAssert.Contains(last.Output, "SUB-1");
        StringAssert.Contains(last.Output, "Waiting");
        Assert.AreEqual(10m, (decimal?)h.AdditionOf("Contoso Branch 1")["quantity"]);
    }

    [TestMethod]
    public async Task Sync_ApproveMode_HoldsEveryChangeAndTheNextRunSupersedesThePlan()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.Cli.RunOkAsync(Token, "approval", "acme", "Approve");
        await h.SeatsAsync(11, 9, Token);

        await h.Cli.RunOkAsync(Token, "sync", "acme", "--module", "Subscriptions");
        var writes = h.Cli.Simulator.Requests.WriteCount;
        await h.Cli.RunOkAsync(Token, "sync", "acme", "--module", "Subscriptions");
        var plans = await h.Cli.RunOkAsync(Token, "plans", "acme", "--json");

        Assert.AreEqual(0, writes);
        Assert.AreEqual(0, h.Cli.Simulator.Requests.WriteCount);
        using var json = JsonDocument.Parse(plans.Output);
        var statuses = json.RootElement.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("status").GetString()).ToArray();
        CollectionAssert.AreEqual(new[] { "Pending", "Superseded" }, statuses);
    }
}
