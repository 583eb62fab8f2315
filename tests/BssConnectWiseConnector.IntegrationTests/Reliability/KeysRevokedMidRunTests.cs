using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Reliability;

/// <summary>The API member's private key revoked while a sync runs: the run stops with a Configuration failure, and resumes once the key is fixed.</summary>
[TestClass]
public sealed class KeysRevokedMidRunTests
{
    private const string Companies = "company/companies";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_PrivateKeyRevokedMidRun_StopsWithConfigurationFailureAndResumesWhenFixed()
    {
        var options = new SimulatorOptions();
        options.Faults.Latency = TimeSpan.FromMilliseconds(20);
        await using var harness = await SimulatorCli.StartAsync(Token, options, accounts: 200);
        var baseline = harness.Simulator.Store.Count(Companies);

        var running = harness.RunAsync(Token, "sync", "acme", "--module", "Accounts", "--batch-size", "20");
        while (harness.Simulator.Store.Count(Companies) - baseline < 30 && !running.IsCompleted)
        {
            await Task.Delay(10, Token);
        }

        const string newKey = "rotated-private-key-7f3e";
        harness.Simulator.Options.PrivateKey = newKey;
        var revoked = await running;
        var createdBeforeFix = harness.Simulator.Store.Count(Companies) - baseline;
        TestContext.WriteLine($"revoked after {createdBeforeFix} companies: {revoked}");

        Assert.AreNotEqual(0, revoked.ExitCode, "the run does not pretend to have succeeded");
        StringAssert.Contains(revoked.Output + revoked.Error, "Configuration");
        Assert.IsLessThan(200, createdBeforeFix, "the revocation came mid-run");
        Assert.DoesNotContain(newKey, revoked.ToString());
        Assert.DoesNotContain("simulator-private", revoked.ToString(), "the old key is not printed either");

        await harness.RunOkAsync(Token, "instance", "set", "acme", "--var", $"PrivateKey={newKey}");
        var resumed = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts");

        Assert.AreEqual(0, resumed.ExitCode, resumed.ToString());
        Assert.AreEqual(200, harness.Simulator.Store.Count(Companies) - baseline, "every account exists exactly once");
        Assert.AreEqual(200, harness.Simulator.Store.All(Companies).Select(c => (string?)c["identifier"]).Distinct(StringComparer.OrdinalIgnoreCase).Count() - baseline);
        var again = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts");
        StringAssert.Contains(again.Output, "Totals: 0 created, 0 updated, 200 unchanged");
    }
}
