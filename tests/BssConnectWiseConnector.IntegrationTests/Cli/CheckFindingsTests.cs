using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

/// <summary>The preflight check's findings as an administrator sees them through <c>check</c>.</summary>
[TestClass]
public sealed class CheckFindingsTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Check_MemberWithoutCompanyMaintenance_NamesTheMissingPermission()
    {
        var options = new SimulatorOptions();
        options.ApiMembers.Add(SimulatorApiMember.Create("Limited", "limited-public", "limited-private", ApiPermission.Contacts, ApiPermission.TableSetup));
        await using var harness = await SimulatorCli.StartAsync(Token, options, accounts: 0);
        await harness.RunOkAsync(Token, "instance", "set", "acme", "--var", "PublicKey=limited-public", "--var", "PrivateKey=limited-private");

        var check = await harness.RunAsync(Token, "check", "acme", "--json");

        Assert.AreEqual(1, check.ExitCode, check.ToString());
        var errors = Findings(check, "Error");
        Assert.IsTrue(errors.Any(f => f.Contains("Company Maintenance", StringComparison.Ordinal)), check.ToString());
        Assert.DoesNotContain("limited-private", check.Output + check.Error);
    }

    [TestMethod]
    public async Task Check_ImportStatusIdThatDoesNotExist_IsAnError()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);
        await harness.RunOkAsync(Token, "instance", "set", "acme", "--var", "ImportAccountStatusId=987");

        var check = await harness.RunAsync(Token, "check", "acme", "--json");

        Assert.AreEqual(1, check.ExitCode, check.ToString());
        Assert.IsTrue(Findings(check, "Error").Any(f => f.Contains("987", StringComparison.Ordinal)), check.ToString());
    }

    [TestMethod]
    public async Task Check_BssValueNoLookupMaps_IsReported()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);
        await harness.RunOkAsync(Token, "bss", "import", harness.Folder.File("a.json", """{ "accounts": [ { "id": "A1", "name": "Alpha", "type": "Reseller" } ] }"""));

        var check = await harness.RunAsync(Token, "check", "acme", "--json");

        var notOk = Findings(check, "Warning").Concat(Findings(check, "Error"));
        Assert.IsTrue(notOk.Any(f => f.Contains("Reseller", StringComparison.Ordinal)), check.ToString());
    }

    [TestMethod]
    public async Task Check_ClientIdMissing_ExitsWithTheSettingsProblem()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);
        await harness.RunOkAsync(Token, "instance", "set", "acme", "--unset", "ClientId");

        var check = await harness.RunAsync(Token, "check", "acme");

        Assert.AreNotEqual(0, check.ExitCode, check.ToString());
        StringAssert.Contains(check.Output + check.Error, "ClientId");
    }

    private static List<string> Findings(CliResult check, string severity)
    {
        using var json = JsonDocument.Parse(check.Output);
        return [.. json.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("severity").GetString() == severity)
            .Select(f => $"{f.GetProperty("area").GetString()}: {f.GetProperty("message").GetString()}")];
    }
}
