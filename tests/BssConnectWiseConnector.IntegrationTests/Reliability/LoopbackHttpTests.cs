using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Reliability;

/// <summary>Plain http is refused unless the host is told otherwise, even to a simulator on 127.0.0.1.</summary>
[TestClass]
public sealed class LoopbackHttpTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Sync_LoopbackHttpWithoutTheOption_RefusedNamingTheUrlAndNothingSent()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 3);
        harness.Simulator.Requests.Clear();

        var refused = await harness.Cli.RunAsync(Token, "sync", "acme", "--module", "Accounts");
        var sentWhenRefused = harness.Simulator.Requests.Count;
        var allowed = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts");

        Assert.AreNotEqual(0, refused.ExitCode, refused.ToString());
        StringAssert.Contains(refused.Output + refused.Error, "ConnectWiseUrl");
        StringAssert.Contains(refused.Output + refused.Error, "https");
        Assert.AreEqual(0, sentWhenRefused, "not even the codebase discovery goes out over http");
        Assert.AreEqual(0, allowed.ExitCode, allowed.ToString());
        StringAssert.Contains(allowed.Output, "Totals: 3 created");
    }
}
