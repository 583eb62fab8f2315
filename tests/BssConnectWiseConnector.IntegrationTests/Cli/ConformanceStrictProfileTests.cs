using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

/// <summary><c>conformance</c> against the simulator's strict profile and an older server: the rows that differ, each with its fix.</summary>
[TestClass]
public sealed class ConformanceStrictProfileTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Conformance_StrictProfile_ShowsTheRowsThatDifferWithTheirFixAndStillCleansUp()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, new SimulatorOptions { Profile = SimulatorProfile.Strict }, accounts: 0);

        var run = await harness.RunAsync(Token, "conformance", "acme", "--sandbox", "--json");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var differs = json.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("outcome").GetString() == "Differs")
            .ToDictionary(r => r.GetProperty("assumption").GetString()!, r => (Detail: r.GetProperty("detail").GetString()!, Fix: r.GetProperty("fix").GetString()!));
        var bundle = differs.Single(d => d.Key.Contains("bundle", StringComparison.Ordinal)).Value;
        StringAssert.Contains(bundle.Detail, "400");
        StringAssert.Contains(bundle.Fix, "plain request");
        var quote = differs.Single(d => d.Key.Contains("quote", StringComparison.Ordinal)).Value;
        StringAssert.Contains(quote.Detail, "refused");
        StringAssert.Contains(quote.Fix, "compares the key exactly");
        var paging = differs.Single(d => d.Key.Contains("forward-only", StringComparison.Ordinal)).Value;
        StringAssert.Contains(paging.Detail, "no next link");
        StringAssert.Contains(paging.Fix, "pageId = the last id");
        Assert.AreEqual(0, json.RootElement.GetProperty("leftovers").GetArrayLength(), run.Output);
        Assert.AreEqual(0, harness.Simulator.Store.All("company/companies").Count(c => ((string?)c["identifier"] ?? "").StartsWith("BSSCONF", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Conformance_OlderServer_VersionRowDiffersNamingTheServersVersion()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, new SimulatorOptions { ServerVersion = "2025.1" }, accounts: 0);

        var run = await harness.RunAsync(Token, "conformance", "acme", "--sandbox", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var version = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("assumption").GetString()!.Contains("API version", StringComparison.Ordinal));
        Assert.AreEqual("Differs", version.GetProperty("outcome").GetString(), run.Output);
        StringAssert.Contains(version.GetProperty("detail").GetString(), "2025.1");
        StringAssert.Contains(version.GetProperty("fix").GetString(), "sends the lower");
    }
}
