using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

[TestClass]
public sealed class SyncCommandTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Sync_Accounts_CreatesThenReportsNothingToDo()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 3);

        var first = await harness.RunAsync(Token, "sync", "acme", "--module", "accounts");
        var writes = harness.Simulator.Requests.WriteCount;
        var second = await harness.RunAsync(Token, "sync", "acme", "--module", "accounts");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        StringAssert.Contains(first.Output, "Totals: 3 created");
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        StringAssert.Contains(second.Output, "Totals: 0 created, 0 updated, 3 unchanged");
        Assert.AreEqual(writes, harness.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    public async Task Sync_EveryModule_SkipsModulesTheConnectorCannotPushYetWithANote()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 1);

        var run = await harness.RunAsync(Token, "sync", "acme", "--json");

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        using var json = JsonDocument.Parse(run.Output);
        var modules = json.RootElement.GetProperty("modules").EnumerateArray().ToList();
        Assert.AreEqual("Accounts", modules[0].GetProperty("module").GetString());
        Assert.AreEqual(1, modules[0].GetProperty("created").GetInt32());
        foreach (var skipped in modules.Where(m => m.TryGetProperty("note", out var note) && note.GetString() is { } text && text.StartsWith("skipped", StringComparison.Ordinal)))
        {
            Assert.AreEqual(0, skipped.GetProperty("requests").GetInt64());
        }
    }

    [TestMethod]
    public async Task Sync_DryRun_SendsNoWriteAndListsThePlan()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 2);

        var plan = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts", "--dry-run");

        Assert.AreEqual(0, plan.ExitCode, plan.ToString());
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
        StringAssert.Contains(plan.Output, "dry run: nothing was written");
        StringAssert.Contains(plan.Output, "ACC-0001");
    }

    [TestMethod]
    public async Task Sync_UnmappedLookupValue_ExitsNonZeroAndReportListsTheFailure()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);
        await harness.RunOkAsync(Token, "bss", "import", harness.Folder.File("a.json", """{ "accounts": [ { "id": "X1", "code": "XRAY", "name": "X-Ray Clinic", "type": "Reseller", "billingAddress": { "city": "Leeds" } } ] }"""));

        var run = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts");
        var report = await harness.RunAsync(Token, "report", "acme", "--failed", "--csv");

        Assert.AreEqual(1, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "1 failed record;");
        Assert.AreEqual(0, report.ExitCode, report.ToString());
        var lines = report.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(2, lines);
        StringAssert.StartsWith(lines[0], "instance,run,module,bssId");
        StringAssert.Contains(lines[1], "acme,");
        StringAssert.Contains(lines[1], "X1");
        StringAssert.Contains(lines[1], "Configuration");
    }

    [TestMethod]
    public async Task Sync_UnknownModuleOrInstance_ExitsNonZero()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);

        var module = await harness.RunAsync(Token, "sync", "acme", "--module", "Widgets");
        var instance = await harness.RunAsync(Token, "sync", "ghost");

        Assert.AreEqual(1, module.ExitCode);
        StringAssert.Contains(module.Error, "'Widgets' is not a module");
        Assert.AreEqual(1, instance.ExitCode);
        StringAssert.Contains(instance.Error, "'ghost' does not exist");
    }

    [TestMethod]
    public async Task Sync_WrongPrivateKey_FailsWithoutPrintingTheKey()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 1);
        await harness.RunOkAsync(Token, "instance", "set", "acme", "--var", "PrivateKey=wrong-private-key-123");

        var run = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts");

        Assert.AreNotEqual(0, run.ExitCode, run.ToString());
        Assert.DoesNotContain("wrong-private-key-123", run.Output + run.Error);
        Assert.DoesNotContain(harness.Simulator.Options.ClientId, run.Output + run.Error);
    }

    [TestMethod]
    public async Task Sync_InstanceWithoutSettings_ExitsTwoNamingTheMissingVariablesAndLogsTheFailedRun()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "bare");

        var run = await cli.RunAsync(Token, "sync", "bare");
        var report = await cli.RunAsync(Token, "report", "bare");

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "ConnectWiseUrl");
        StringAssert.Contains(run.Error, "PrivateKey");
        Assert.AreEqual(1, run.Error.Trim().Split('\n').Length);
        StringAssert.Contains(report.Output, "run 1: Failed");
    }

    [TestMethod]
    public async Task Sync_ChangedAccountDryRun_ListsTheRecordByNameWithItsFieldChanges()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 1);
        await harness.RunOkAsync(Token, "sync", "acme", "--module", "Accounts");
        var changed = SampleAccounts.Create(1)[0] with { Phone = "+1 217 555 7777" };
        await harness.RunOkAsync(Token, "bss", "import", harness.Folder.File("changed.json", System.Text.Json.JsonSerializer.Serialize(new { accounts = new[] { changed } }, WebJson)));

        var plan = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts", "--dry-run");

        Assert.AreEqual(0, plan.ExitCode, plan.ToString());
        StringAssert.Contains(plan.Output, "Contoso Branch 1");
        StringAssert.Contains(plan.Output, "Field changes:");
        StringAssert.Contains(plan.Output, "+1 217 555 7777");
        Assert.AreEqual(0, harness.Simulator.Requests.Snapshot().Count(r => r.IsWrite && r.Method != "POST"));
    }

    [TestMethod]
    public async Task Report_AfterTwoRuns_ShowsLatestAndListsRuns()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 2);
        await harness.RunOkAsync(Token, "sync", "acme", "--module", "Accounts");
        await harness.RunOkAsync(Token, "sync", "acme", "--module", "Accounts");

        var latest = await harness.RunAsync(Token, "report", "acme");
        var first = await harness.RunAsync(Token, "report", "acme", "--run", "1", "--json");
        var runs = await harness.RunAsync(Token, "report", "acme", "--runs", "5");
        var missing = await harness.RunAsync(Token, "report", "acme", "--run", "99");

        StringAssert.Contains(latest.Output, "run 2");
        StringAssert.Contains(latest.Output, "Unchanged");
        using var json = JsonDocument.Parse(first.Output);
        Assert.AreEqual(2, json.RootElement.GetProperty("results").GetArrayLength());
        Assert.AreEqual("Created", json.RootElement.GetProperty("results")[0].GetProperty("outcome").GetString());
        StringAssert.Contains(runs.Output, "Succeeded");
        Assert.AreEqual(1, missing.ExitCode);
    }

    [TestMethod]
    public async Task Report_NeverRun_ExitsNonZero()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 0);

        var report = await harness.RunAsync(Token, "report", "acme");

        Assert.AreEqual(1, report.ExitCode);
        StringAssert.Contains(report.Error, "has not run yet");
    }

    [TestMethod]
    public async Task Resync_CompanyEditedInConnectWise_IsPushedAgainWhileOthersStayUnchanged()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 2);
        await harness.RunOkAsync(Token, "sync", "acme", "--module", "Accounts");
        var company = harness.Simulator.Store.All("company/companies").Single(c => c["identifier"]?.GetValue<string>() == "CUST0001");
        var companyId = company["id"]!.GetValue<int>();
        harness.Simulator.Store.Update("company/companies", companyId, c => c["phoneNumber"] = "+1 000 000 0000");

        var before = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts", "--json");
        var resync = await harness.RunAsync(Token, "resync", "acme", "Accounts", "ACC-0001");
        var after = await harness.RunAsync(Token, "sync", "acme", "--module", "Accounts", "--json");

        Assert.AreEqual("Unchanged", Outcomes(before)["ACC-0001"], "without resync the link's hash says nothing changed in the BSS");
        Assert.AreEqual(0, resync.ExitCode, resync.ToString());
        Assert.AreEqual("Updated", Outcomes(after)["ACC-0001"]);
        Assert.AreEqual("Unchanged", Outcomes(after)["ACC-0002"]);
        Assert.AreEqual("+1 217 555 0001", harness.Simulator.Store.Get("company/companies", companyId)?["phoneNumber"]?.GetValue<string>());
    }

    [TestMethod]
    public async Task Unlink_LinkedRecord_ForgetsTheLinkAndFailsForAnUnlinkedOne()
    {
        await using var harness = await SimulatorCli.StartAsync(Token, accounts: 2);
        await harness.RunOkAsync(Token, "sync", "acme", "--module", "Accounts");

        var unlink = await harness.RunAsync(Token, "unlink", "acme", "Accounts", "ACC-0002");
        var unlinkAgain = await harness.RunAsync(Token, "unlink", "acme", "Accounts", "ACC-0002");
        var resyncUnknown = await harness.RunAsync(Token, "resync", "acme", "Accounts", "NOPE");
        var shown = await harness.RunAsync(Token, "instance", "show", "acme");

        Assert.AreEqual(0, unlink.ExitCode, unlink.ToString());
        StringAssert.Contains(unlink.Output, "unlinked from ConnectWise id");
        Assert.AreEqual(1, unlinkAgain.ExitCode);
        StringAssert.Contains(unlinkAgain.Error, "is not linked");
        Assert.AreEqual(1, resyncUnknown.ExitCode);
        StringAssert.Contains(shown.Output, "Links: Accounts 1");
    }

    private static Dictionary<string, string?> Outcomes(CliResult run)
    {
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("bssId").GetString()!, r => r.GetProperty("outcome").GetString());
    }
}
