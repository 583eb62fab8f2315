using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

[TestClass]
public sealed class CheckAndDiscoverCommandTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Check_Json_PrintsFindingsWithSeverities()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 1);

        var check = await harness.RunAsync(Token, "check", "acme", "--json");

        using var json = JsonDocument.Parse(check.Output);
        var findings = json.RootElement.GetProperty("findings");
        Assert.IsGreaterThan(0, findings.GetArrayLength(), check.ToString());
        Assert.AreEqual(json.RootElement.GetProperty("passed").GetBoolean() ? 0 : 1, check.ExitCode, check.ToString());
        Assert.DoesNotContain(harness.Simulator.Options.PrivateKey, check.Output + check.Error);
    }

    [TestMethod]
    public async Task Check_WrongPrivateKey_ExitsNonZeroWithoutPrintingIt()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);
        await harness.RunOkAsync(Token, "instance", "set", "acme", "--var", "PrivateKey=not-the-key-42");

        var check = await harness.RunAsync(Token, "check", "acme");

        Assert.AreEqual(1, check.ExitCode, check.ToString());
        StringAssert.Contains(check.Error, "check failed");
        Assert.DoesNotContain("not-the-key-42", check.Output + check.Error);
    }

    [TestMethod]
    public async Task Check_UnknownInstance_ExitsNonZero()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);

        var check = await harness.RunAsync(Token, "check", "ghost");

        Assert.AreEqual(1, check.ExitCode);
    }

    [TestMethod]
    public async Task DiscoverApply_AccountTypes_MapsTheBssValuesSeenInTheStore()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);
        await harness.RunOkAsync(Token, "instance", "activate", "fresh", "--var", $"ConnectWiseUrl={harness.Simulator.SiteUrl}", "--var", $"CompanyId={harness.Simulator.Options.CompanyId}", "--var", $"PublicKey={harness.Simulator.Options.PublicKey}", "--var", $"PrivateKey={harness.Simulator.Options.PrivateKey}", "--var", $"ClientId={harness.Simulator.Options.ClientId}", "--var", "ImportAccountStatusId=1");
        await harness.RunOkAsync(Token, "bss", "import", harness.Folder.File("a.json", """{ "accounts": [ { "id": "A1", "name": "Alpha", "type": "Customer" }, { "id": "A2", "name": "Beta", "type": "prospect" } ] }"""));

        var discovered = await harness.RunAsync(Token, "lookups", "discover", "fresh", "AccountType", "--apply");
        var shown = await harness.RunAsync(Token, "instance", "show", "fresh", "--json");

        Assert.AreEqual(0, discovered.ExitCode, discovered.ToString());
        StringAssert.Contains(discovered.Output, "applied");
        using var json = JsonDocument.Parse(shown.Output);
        var mapped = json.RootElement.GetProperty("lookups").GetProperty("AccountType");
        Assert.AreEqual(SimulatorInstance.CustomerTypeId, mapped.GetProperty("Customer").GetString());
    }

    [TestMethod]
    public async Task Discover_UnknownLookup_ExitsNonZero()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);

        var discovered = await harness.RunAsync(Token, "lookups", "discover", "acme", "Widgets");

        Assert.AreEqual(1, discovered.ExitCode);
        StringAssert.Contains(discovered.Error, "no lookup 'Widgets'");
    }
}
