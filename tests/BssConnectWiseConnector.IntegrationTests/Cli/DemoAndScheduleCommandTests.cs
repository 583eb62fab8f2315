using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

[TestClass]
public sealed class DemoAndScheduleCommandTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Demo_Default_ExitsZeroWithEveryAccountUnchangedOnTheSecondPush()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await Bss.IntegrationFramework.Host.Cli.HostCli.InvokeAsync(["demo"], output, error, Token);

        Assert.AreEqual(0, exitCode, output + Environment.NewLine + error);
        StringAssert.Contains(output.ToString(), "Demo passed: 25 Accounts, 8 Contacts, 6 Products");
        StringAssert.Contains(output.ToString(), "Totals: 0 created, 0 updated, ");
        StringAssert.Contains(output.ToString(), "Northwind Dental Group");
        StringAssert.Contains(output.ToString(), "Lookup AccountType mapped by discovery: Customer -> Customer (id 1)");
        StringAssert.Contains(output.ToString(), "the simulator received 0 write requests");
        Assert.DoesNotContain("\u001b[", output.ToString());
    }

    [TestMethod]
    public async Task Demo_AccountsOnly_PushesOnlyAccounts()
    {
        using var folder = new TempFolder();

        var result = await new CliRunner(folder.DatabasePath).RunAsync(Token, "demo", "--module", "accounts");

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "Demo passed: 25 Accounts records pushed and linked");
        Assert.IsTrue(File.Exists(folder.DatabasePath), "--db keeps the store");
    }

    [TestMethod]
    public async Task Demo_InvalidSamples_ExitsNonZeroWithTheReason()
    {
        using var folder = new TempFolder();
        var samples = folder.File("bad.json", """{ "accounts": [ { "id": "A1" } ] }""");

        var result = await new CliRunner(folder.DatabasePath).RunAsync(Token, "demo", "--samples", samples);

        Assert.AreEqual(1, result.ExitCode);
        StringAssert.Contains(result.Error, "name is required");
    }

    [TestMethod]
    public async Task Schedule_TwoRuns_RunsTwiceAndStopsCleanly()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 2);

        var schedule = await harness.RunAsync(Token, "schedule", "acme", "--every", "1s", "--runs", "2", "--direction", "push");

        Assert.AreEqual(0, schedule.ExitCode, schedule.ToString());
        StringAssert.Contains(schedule.Output, "run 1: Succeeded; 2 created");
        StringAssert.Contains(schedule.Output, "run 2: Succeeded; 0 created, 0 updated, 2 unchanged");
        StringAssert.Contains(schedule.Output, "Schedule stopped after 2 runs");
    }

    [TestMethod]
    public async Task Schedule_Cancelled_StopsCleanlyWithExitZero()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 1);
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Token);
        cancellation.CancelAfter(TimeSpan.FromSeconds(3));

        var schedule = await harness.Cli.RunAsync(cancellation.Token, "schedule", "acme", "--every", "1h", "--allow-loopback-http");

        Assert.AreEqual(0, schedule.ExitCode, schedule.ToString());
        StringAssert.Contains(schedule.Output, "Schedule stopped after 1 run;");
    }

    [TestMethod]
    public async Task Schedule_BadInterval_ExitsNonZero()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);

        var schedule = await harness.RunAsync(Token, "schedule", "acme", "--every", "soon");

        Assert.AreEqual(1, schedule.ExitCode);
        StringAssert.Contains(schedule.Error, "'soon' is not an interval");
    }
}
