using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

/// <summary><c>conformance</c> against the simulator in its normal profile, where every assumption holds.</summary>
[TestClass]
public sealed class ConformanceCommandTests
{
    private static readonly string[] TestRoutes =
    [
        "company/companies", "company/contacts", "procurement/catalog", "procurement/products", "finance/agreements", "finance/invoices",
    ];

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Conformance_NormalProfile_EveryTestableRowHoldsAndEveryTestRecordIsDeleted()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);
        var before = TestRoutes.ToDictionary(r => r, harness.Simulator.Store.Count);

        var run = await harness.RunAsync(Token, "conformance", "acme", "--sandbox", "--json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var notHeld = rows.Where(r => r.GetProperty("outcome").GetString() != "Held").Select(r => r.GetProperty("assumption").GetString()).ToList();
        Assert.HasCount(1, notHeld, run.Output);
        StringAssert.Contains(notHeld[0], "Sales > Sales Orders");
        Assert.IsGreaterThanOrEqualTo(14, rows.Count, run.Output);
        Assert.AreEqual(0, json.RootElement.GetProperty("leftovers").GetArrayLength(), run.Output);
        foreach (var route in TestRoutes)
        {
            Assert.AreEqual(before[route], harness.Simulator.Store.Count(route), route);
        }
    }

    [TestMethod]
    public async Task Conformance_NormalProfile_ChecksEveryAssumptionOfIssue14()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);

        var run = await harness.RunAsync(Token, "conformance", "acme", "--sandbox", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var assumptions = string.Join("\n", json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("assumption").GetString()));
        foreach (var topic in new[] { "API version", "company", "two phones", "two default phones", "catalog item", "addition", "bundle", "Miscellaneous invoice", "product line", "'CreditCard'", "'BankDeposit'", "forward-only", "quote", "value null" })
        {
            StringAssert.Contains(assumptions, topic);
        }
    }

    [TestMethod]
    public async Task Conformance_Text_ShowsEachRowAndTheCleanup()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);

        var run = await harness.RunAsync(Token, "conformance", "acme", "--sandbox");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Output, "[held]        The server supports API version");
        StringAssert.Contains(run.Output, "[not tested]");
        StringAssert.Contains(run.Output, "Cleanup: every test record was deleted.");
        StringAssert.Contains(run.Output, "1 could not be tested.");
    }

    [TestMethod]
    public async Task Conformance_LoopbackSiteWithoutSandboxFlag_RefusesBeforeAnyRequest()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);
        var requests = harness.Simulator.Requests.Count;

        var run = await harness.RunAsync(Token, "conformance", "acme");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "runs only against a sandbox");
        StringAssert.Contains(run.Error, "--sandbox");
        Assert.AreEqual(requests, harness.Simulator.Requests.Count);
    }
}
