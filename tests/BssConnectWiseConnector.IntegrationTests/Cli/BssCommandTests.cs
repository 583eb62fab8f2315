using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

[TestClass]
public sealed class BssCommandTests
{
    private const string ValidFile = """
        {
          "accounts": [
            { "id": "A1", "code": "ALPHA", "name": "Alpha Dental", "currency": "USD", "billingAddress": { "city": "Austin", "country": "US" } },
            { "id": "A2", "code": "BETA", "name": "Beta Legal" }
          ],
          "contacts": [ { "id": "C1", "accountId": "A1", "firstName": "Ann", "email": "ann@alpha.example" } ],
          "products": [ { "id": "P1", "code": "M365", "name": "Microsoft 365", "price": 22.5 } ],
          "subscriptions": [ { "id": "S1", "accountId": "A1", "productId": "P1", "quantity": 12, "status": "Active", "startDate": "2026-01-01" } ]
        }
        """;

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Import_ValidFile_LoadsEveryEntity()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);

        var imported = await cli.RunAsync(Token, "bss", "import", folder.File("bss.json", ValidFile));

        Assert.AreEqual(0, imported.ExitCode, imported.ToString());
        StringAssert.Contains(imported.Output, "2 accounts, 1 contact, 1 product, 1 subscription");
    }

    [TestMethod]
    public async Task Import_InvalidRecords_ListsEveryOneAndLoadsNothing()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        var file = folder.File("bad.json", """
            {
              "accounts": [
                { "id": "A1", "name": "Good" },
                { "id": "A2", "name": "" },
                { "id": "A1", "name": "Duplicate" },
                { "id": "A3", "name": "Bad currency", "currency": "usd" }
              ],
              "contacts": [ { "id": "C1", "accountId": "NOPE", "firstName": "Ann" } ],
              "products": [ { "id": "P1", "name": "Widget", "price": "cheap" } ],
              "widgets": []
            }
            """);

        var imported = await cli.RunAsync(Token, "bss", "import", file);
        var exported = await cli.RunAsync(Token, "bss", "export", "accounts");

        Assert.AreEqual(1, imported.ExitCode);
        StringAssert.Contains(imported.Output, "accounts[1] (id A2): name is required");
        StringAssert.Contains(imported.Output, "id A1 appears more than once");
        StringAssert.Contains(imported.Output, "currency 'usd'");
        StringAssert.Contains(imported.Output, "accountId NOPE names no record of accounts");
        StringAssert.Contains(imported.Output, "products[0] (id P1): price: expected a number, found \"cheap\"");
        StringAssert.Contains(imported.Output, "widgets: unknown entity");
        StringAssert.Contains(imported.Error, "nothing was loaded");
        using var json = JsonDocument.Parse(exported.Output);
        Assert.AreEqual(0, json.RootElement.GetProperty("accounts").GetArrayLength());
    }

    [TestMethod]
    public async Task Import_ReferenceToStoredRecord_IsValid()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "bss", "import", folder.File("accounts.json", """{ "accounts": [ { "id": "A1", "name": "Alpha" } ] }"""));

        var contacts = await cli.RunAsync(Token, "bss", "import", folder.File("contacts.json", """{ "contacts": [ { "id": "C1", "accountId": "A1", "lastName": "Smith" } ] }"""));

        Assert.AreEqual(0, contacts.ExitCode, contacts.ToString());
    }

    [TestMethod]
    public async Task Import_MissingFileOrNotJson_ExitsNonZero()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);

        var missing = await cli.RunAsync(Token, "bss", "import", Path.Combine(folder.Path, "none.json"));
        var notJson = await cli.RunAsync(Token, "bss", "import", folder.File("x.json", "accounts: ["));

        Assert.AreEqual(1, missing.ExitCode);
        StringAssert.Contains(missing.Error, "does not exist");
        Assert.AreEqual(1, notJson.ExitCode);
        StringAssert.Contains(notJson.Error, "not valid JSON");
    }

    [TestMethod]
    public async Task Export_AfterImport_PrintsARecordsFileThatImportsAgain()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "bss", "import", folder.File("bss.json", ValidFile));

        var exported = await cli.RunAsync(Token, "bss", "export", "subscription");
        var reimported = await new CliRunner(Path.Combine(folder.Path, "other.db")).RunAsync(Token, "bss", "import", folder.File("subs.json", exported.Output));

        Assert.AreEqual(0, exported.ExitCode, exported.ToString());
        using var json = JsonDocument.Parse(exported.Output);
        var subscription = json.RootElement.GetProperty("subscriptions")[0];
        Assert.AreEqual(12, subscription.GetProperty("quantity").GetDecimal());
        Assert.AreEqual("2026-01-01", subscription.GetProperty("startDate").GetString());
        Assert.AreEqual("Active", subscription.GetProperty("status").GetString());
        Assert.AreEqual(1, reimported.ExitCode, "the subscription names records the other store does not have");
        StringAssert.Contains(reimported.Output, "accountId A1 names no record of accounts");
    }

    [TestMethod]
    public async Task Export_UnknownEntity_ExitsNonZero()
    {
        using var folder = new TempFolder();

        var exported = await new CliRunner(folder.DatabasePath).RunAsync(Token, "bss", "export", "widgets");

        Assert.AreEqual(1, exported.ExitCode);
        StringAssert.Contains(exported.Error, "not a BSS entity");
    }
}
