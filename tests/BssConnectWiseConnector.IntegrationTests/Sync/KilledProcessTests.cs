using System.Diagnostics;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

[TestClass]
public sealed class KilledProcessTests
{
    private const string Companies = "company/companies";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Sync_HostProcessKilledMidRun_NextRunResumesWithoutDuplicates()
    {
        var options = new SimulatorOptions();
        options.Faults.Latency = TimeSpan.FromMilliseconds(150);
        await using var harness = await SimulatorCli.StartAsync(Token, options, accounts: 300);

        using (var child = StartHost(harness, "sync", "acme", "--module", "Accounts", "--batch-size", "10"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (harness.Simulator.Store.Count(Companies) < 10 && !child.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, Token);
            }

            if (child.HasExited)
            {
                Assert.Fail("the host finished before it could be killed: " + await child.StandardOutput.ReadToEndAsync(Token) + await child.StandardError.ReadToEndAsync(Token));
            }

            TestContext.WriteLine($"killing at {harness.Simulator.Store.Count(Companies)} companies, {harness.Simulator.Requests.Count} requests");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(Token);
        }

        var createdBeforeKill = harness.Simulator.Store.Count(Companies);
        TestContext.WriteLine($"after kill {createdBeforeKill} companies, {harness.Simulator.Requests.Count} requests");
        Assert.IsLessThan(300, createdBeforeKill, "the kill came mid-run");
        options.Faults.Latency = TimeSpan.Zero;

        var resumed = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts");
        var runs = await harness.RunAsync(Token, "report", "acme", "--runs", "5");

        Assert.AreEqual(0, resumed.ExitCode, resumed.ToString());
        Assert.AreEqual(300, harness.Simulator.Store.Count(Companies), "every account exists exactly once");
        StringAssert.Contains(runs.Output, "Interrupted");
        var again = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts");
        StringAssert.Contains(again.Output, "Totals: 0 created, 0 updated, 300 unchanged");
    }

    private static Process StartHost(SimulatorCli harness, params string[] args)
    {
        var hostDll = Path.Combine(AppContext.BaseDirectory, "Bss.IntegrationFramework.Host.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(hostDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(harness.Cli.DatabasePath);
        start.ArgumentList.Add("--allow-loopback-http");
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }
}
