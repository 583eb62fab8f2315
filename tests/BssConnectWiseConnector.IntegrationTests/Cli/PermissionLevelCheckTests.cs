using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

/// <summary>
/// Security-role levels through <c>check</c> and <c>sync</c>: the check says only what a read proved, and a push by
/// an Inquire-only member fails each record as a Permission failure naming the function and the level.
/// </summary>
[TestClass]
public sealed class PermissionLevelCheckTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    private static SimulatorOptions InquireOnly(params ApiPermission[] permissions)
    {
        var options = new SimulatorOptions();
        var member = new SimulatorApiMember { Identifier = "Reader", PublicKey = "reader-public", PrivateKey = "reader-private" };
        foreach (var permission in permissions)
        {
            member.Grant(permission, ApiPermissionLevels.Inquire);
        }

        options.ApiMembers.Add(member);
        return options;
    }

    [TestMethod]
    public async Task Check_InquireOnlyMember_SaysInquireProvenAndWriteLevelsNotProven()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, InquireOnly(ApiPermission.CompanyMaintenance), accounts: 0);
        await UseReaderAsync(harness);

        var check = await harness.RunAsync(Token, "check", "acme", "--json");

        var accounts = Findings(check).Where(f => f.Area == "Permission (Accounts)").ToList();
        Assert.HasCount(1, accounts, check.ToString());
        Assert.AreEqual("Ok", accounts[0].Severity);
        StringAssert.Contains(accounts[0].Message, "can read companies (Companies > Company Maintenance: Inquire proven; Add, Edit, Delete not proven");
        Assert.IsFalse(Findings(check).Any(f => f.Message.Contains("holds", StringComparison.OrdinalIgnoreCase) || f.Message.Contains("has permission", StringComparison.OrdinalIgnoreCase)), check.ToString());
    }

    [TestMethod]
    public async Task Check_WithoutTableSetup_NoLongerProbesItAndSaysWhy()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, InquireOnly(ApiPermission.CompanyMaintenance), accounts: 0);
        await UseReaderAsync(harness);

        var check = await harness.RunAsync(Token, "check", "acme", "--json");

        var tableSetup = Findings(check).Where(f => f.Message.Contains("Table Setup", StringComparison.Ordinal)).ToList();
        Assert.HasCount(1, tableSetup, check.ToString());
        Assert.AreEqual("Ok", tableSetup[0].Severity);
        StringAssert.Contains(tableSetup[0].Message, "served at inquiry level without System > Table Setup");
    }

    [TestMethod]
    public async Task Check_OrdersWithoutMemberMaintenance_NamesItAsTheMissingFunction()
    {
        var options = InquireOnly(ApiPermission.CompanyMaintenance, ApiPermission.SalesOrders, ApiPermission.Products, ApiPermission.ProductCatalog);
        await using var harness = await SimulatorCli.StartAsync(Token, options, accounts: 0);
        await UseReaderAsync(harness);

        var check = await harness.RunAsync(Token, "check", "acme", "--json");

        var orders = Findings(check).Where(f => f.Area == "Permission (Orders)" && f.Severity == "Error").ToList();
        Assert.HasCount(1, orders, check.ToString());
        StringAssert.Contains(orders[0].Message, "System > Member Maintenance");
        StringAssert.Contains(orders[0].Message, "sales representative");
    }

    [TestMethod]
    public async Task Sync_InquireOnlyMember_FailsEachAccountAsPermissionNamingFunctionAndLevel()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, InquireOnly(ApiPermission.CompanyMaintenance), accounts: 2);
        await UseReaderAsync(harness);

        var run = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts");
        var report = await harness.RunAsync(Token, "report", "acme", "--failed", "--csv");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        var failures = report.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.HasCount(2, failures, report.ToString());
        foreach (var failure in failures)
        {
            StringAssert.Contains(failure, "Permission");
            StringAssert.Contains(failure, "Companies > Company Maintenance at the Add level");
        }

        Assert.AreEqual(0, harness.Simulator.Store.All("company/companies").Count(r => ((string?)r["identifier"] ?? "").StartsWith("CUST", StringComparison.Ordinal)));
    }

    private async Task UseReaderAsync(SimulatorCli harness) =>
        await harness.RunOkAsync(Token, "instance", "set", "acme", "--var", "PublicKey=reader-public", "--var", "PrivateKey=reader-private");

    private static List<(string Severity, string Area, string Message)> Findings(CliResult check)
    {
        using var json = JsonDocument.Parse(check.Output);
        return [.. json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("severity").GetString()!, f.GetProperty("area").GetString()!, f.GetProperty("message").GetString()!))];
    }
}
