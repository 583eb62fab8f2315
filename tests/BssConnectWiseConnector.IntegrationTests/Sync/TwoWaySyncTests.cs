using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Sync;

/// <summary>
/// Pushes and pulls in one run (<c>--direction both</c>, the scheduler's default) against the simulator, the way a new
/// user tries it: edits on either side arrive on the other once, and a run over untouched data writes nothing.
/// </summary>
[TestClass]
public sealed class TwoWaySyncTests
{
    private static readonly JsonSerializerOptions WebJson = new(JsonSerializerDefaults.Web);

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task SyncBoth_PhoneEditedInConnectWise_IsPulledOnceAndNeverEchoedBack()
    {
        await using var harness = await StartWithContactAsync();
        await harness.RunOkAsync(Token, "sync", "acme", "--direction", "push");
        var companyId = CompanyId(harness, "CUST0001");
        harness.Simulator.Store.Update("company/companies", companyId, c => c["phoneNumber"] = "+1 217 555 9999");

        var first = await harness.RunAsync(Token, "sync", "acme", "--direction", "both", "--json");
        var writes = harness.Simulator.Requests.WriteCount;
        var second = await harness.RunAsync(Token, "sync", "acme", "--direction", "both", "--json");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.AreEqual("+1 217 555 9999", await BssFieldAsync(harness, "accounts", "ACC-0001", "phone"), "the phone edited in ConnectWise is in the BSS");
        Assert.AreEqual(writes, harness.Simulator.Requests.WriteCount, "the second run sends no write: " + second.Output);
        Assert.AreEqual(0, harness.Simulator.Requests.Snapshot().Count(r => r.Method == "PATCH" && r.Path.Contains("company/companies", StringComparison.Ordinal)), "the pulled phone is never patched back");
        var outcomes = Outcomes(second);
        Assert.IsTrue(outcomes.All(o => o.Outcome == "Unchanged"), "every record of the second run is Unchanged: " + string.Join(", ", outcomes.Where(o => o.Outcome != "Unchanged").Select(o => $"{o.Module} {o.BssId} {o.Outcome}")));
    }

    [TestMethod]
    public async Task SyncBoth_CatalogItemsPulledFromConnectWise_PushBackUnchangedAtNoRequest()
    {
        await using var harness = await StartWithContactAsync();
        await harness.RunOkAsync(Token, "sync", "acme", "--direction", "both");
        var writes = harness.Simulator.Requests.WriteCount;

        var second = await harness.RunAsync(Token, "sync", "acme", "--direction", "both", "--json");

        Assert.AreEqual(0, second.ExitCode, second.ToString());
        var products = Outcomes(second).Where(o => o.Module == "Products" && o.Operation != "BatchRead").ToArray();
        Assert.IsNotEmpty(products, "the pulled catalog items are pushed in the second run: " + second.Output);
        Assert.IsTrue(products.All(p => p.Outcome == "Unchanged"), string.Join(", ", products.Select(p => $"{p.BssId} {p.Outcome}")));
        Assert.AreEqual(writes, harness.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    [DataRow("ConnectWise", "+1 217 555 9999", "+1 217 555 9999", "Took the ConnectWise value (policy ConnectWise).")]
    [DataRow("Bss", "+1 217 555 7777", "+1 217 555 7777", "Kept the BSS value (policy Bss); the next push sends it to ConnectWise.")]
    [DataRow("Report", "+1 217 555 7777", "+1 217 555 9999", "Nothing changed (policy Report)")]
    public async Task SyncBoth_PhoneChangedOnBothSides_ThePolicyDecidesAndTheReportNamesTheConflict(string policy, string bssAfter, string connectWiseAfter, string resolution)
    {
        await using var harness = await StartWithContactAsync();
        await harness.RunOkAsync(Token, "sync", "acme", "--direction", "push");
        await harness.RunOkAsync(Token, "instance", "set", "acme", "--var", $"AccountFieldOwnership=Communication={policy}");
        var companyId = CompanyId(harness, "CUST0001");
        harness.Simulator.Store.Update("company/companies", companyId, c => c["phoneNumber"] = "+1 217 555 9999");
        await ImportAccountAsync(harness, SampleAccounts.Create(1)[0] with { Phone = "+1 217 555 7777" });

        var first = await harness.RunAsync(Token, "sync", "acme", "--direction", "both", "--json");
        var writes = harness.Simulator.Requests.WriteCount;
        var second = await harness.RunAsync(Token, "sync", "acme", "--direction", "both", "--json");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        var conflict = Reasons(first).Single(r => r.Outcome == "Conflict");
        Assert.AreEqual(("Accounts", "ACC-0001"), (conflict.Module, conflict.BssId));
        StringAssert.Contains(conflict.Reason, "Conflict on phone (Communication fields): at the last sync '+1 217 555 0001', in the BSS '+1 217 555 7777', in ConnectWise '+1 217 555 9999'.");
        StringAssert.Contains(conflict.Reason, resolution);
        Assert.AreEqual(bssAfter, await BssFieldAsync(harness, "accounts", "ACC-0001", "phone"));
        Assert.AreEqual(connectWiseAfter, harness.Simulator.Store.Get("company/companies", companyId)?["phoneNumber"]?.GetValue<string>());
        Assert.AreEqual(writes, harness.Simulator.Requests.WriteCount, "the second run writes nothing: " + second.Output);
        Assert.AreEqual(policy == "Report" ? 1 : 0, Reasons(second).Count(r => r.Outcome == "Conflict"), "a reported conflict is reported while it stands, a decided one never again");
    }

    [TestMethod]
    public async Task SyncBoth_NameEditedInConnectWise_TheBssOwnsIdentitySoThePushRestoresIt()
    {
        await using var harness = await StartWithContactAsync();
        await harness.RunOkAsync(Token, "sync", "acme", "--direction", "push");
        var companyId = CompanyId(harness, "CUST0001");
        harness.Simulator.Store.Update("company/companies", companyId, c => c["name"] = "Renamed In ConnectWise");

        await harness.RunOkAsync(Token, "sync", "acme", "--direction", "both");
        var writes = harness.Simulator.Requests.WriteCount;
        var second = await harness.RunOkAsync(Token, "sync", "acme", "--direction", "both", "--json");

        Assert.AreEqual("Contoso Branch 1", await BssFieldAsync(harness, "accounts", "ACC-0001", "name"));
        Assert.AreEqual("Contoso Branch 1", harness.Simulator.Store.Get("company/companies", companyId)?["name"]?.GetValue<string>());
        Assert.AreEqual(writes, harness.Simulator.Requests.WriteCount, second.Output);
    }

    [TestMethod]
    public async Task SyncBoth_DefaultContactClearedNowhere_ThePullNeverClearsTheBssPrimaryContact()
    {
        await using var harness = await StartWithContactAsync();
        await ImportAccountAsync(harness, SampleAccounts.Create(1)[0] with { PrimaryContactId = "CON-1" });
        await harness.RunOkAsync(Token, "sync", "acme", "--module", "Accounts", "--module", "Contacts", "--direction", "push");
        var companyId = CompanyId(harness, "CUST0001");

        // As if the second pass that sets the company's default contact had been lost to a fault.
        harness.Simulator.Store.Update("company/companies", companyId, c => c.Remove("defaultContact"));
        await harness.RunOkAsync(Token, "sync", "acme", "--direction", "both");

        Assert.AreEqual("CON-1", await BssFieldAsync(harness, "accounts", "ACC-0001", "primaryContactId"), "the BSS owns the account's references: ConnectWise's empty never clears it");
        Assert.IsNotNull(harness.Simulator.Store.Get("company/companies", companyId)?["defaultContact"], "the push gives the company its default contact again");
    }

    private async Task ImportAccountAsync(SimulatorCli harness, Bss.IntegrationFramework.Account account)
    {
        var file = harness.Folder.File("account-edit.json", JsonSerializer.Serialize(new { accounts = new[] { account } }, WebJson));
        await harness.RunOkAsync(Token, "bss", "import", file);
    }

    private static (string Module, string BssId, string? Outcome, string? Reason)[] Reasons(CliResult run)
    {
        using var json = JsonDocument.Parse(run.Output);
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => (
            r.GetProperty("module").GetString()!,
            r.GetProperty("bssId").GetString()!,
            r.GetProperty("outcome").GetString(),
            r.TryGetProperty("reason", out var reason) ? reason.GetString() : null))];
    }

    private async Task<SimulatorCli> StartWithContactAsync()
    {
        var harness = await SimulatorCli.StartAsync(Token, accounts: 1);
        var file = harness.Folder.File("contacts.json", JsonSerializer.Serialize(
            new { contacts = new[] { new { id = "CON-1", accountId = "ACC-0001", firstName = "Ada", lastName = "Lovelace", email = "ada@branch1.contoso.example" } } }, WebJson));
        await harness.RunOkAsync(Token, "bss", "import", file);
        return harness;
    }

    private static int CompanyId(SimulatorCli harness, string identifier) =>
        harness.Simulator.Store.All("company/companies").Single(c => c["identifier"]?.GetValue<string>() == identifier)["id"]!.GetValue<int>();

    private async Task<string?> BssFieldAsync(SimulatorCli harness, string entity, string id, string field)
    {
        var export = await harness.RunOkAsync(Token, "bss", "export", entity);
        using var json = JsonDocument.Parse(export.Output);
        var record = json.RootElement.GetProperty(entity).EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
        return record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }

    private static (string Module, string BssId, string Operation, string? Outcome)[] Outcomes(CliResult run)
    {
        using var json = JsonDocument.Parse(run.Output);
        return [.. json.RootElement.GetProperty("results").EnumerateArray().Select(r => (
            r.GetProperty("module").GetString()!,
            r.GetProperty("bssId").GetString()!,
            r.TryGetProperty("operation", out var op) ? op.GetString() ?? string.Empty : string.Empty,
            r.GetProperty("outcome").GetString()))];
    }
}
