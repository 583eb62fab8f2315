using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

/// <summary>A new administrator's first import: number ids, errors in the file's terms, and --skip-invalid.</summary>
[TestClass]
public sealed class BssImportFirstHourTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Import_IntegerIdsAndReferences_AreReadAsTheirDecimalText()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        var file = folder.File("numbers.json", """
            {
              "accounts": [ { "id": 101, "name": "Alpha Dental", "parentAccountId": null }, { "id": 102, "name": "Beta", "parentAccountId": 101 } ],
              "contacts": [ { "id": 7, "accountId": 101, "firstName": "Ann" } ],
              "products": [ { "id": 55, "name": "Backup", "price": 9.5 } ],
              "orders": [ { "id": 9001, "accountId": 102, "contactId": 7, "lines": [ { "productId": 55, "quantity": 2 } ] } ]
            }
            """);

        var imported = await cli.RunAsync(Token, "bss", "import", file);
        var accounts = await cli.RunAsync(Token, "bss", "export", "accounts");
        var orders = await cli.RunAsync(Token, "bss", "export", "orders");

        Assert.AreEqual(0, imported.ExitCode, imported.ToString());
        StringAssert.Contains(imported.Output, "2 accounts, 1 contact, 1 product, 1 order");
        using var accountsJson = JsonDocument.Parse(accounts.Output);
        var second = accountsJson.RootElement.GetProperty("accounts").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "102");
        Assert.AreEqual("101", second.GetProperty("parentAccountId").GetString());
        using var ordersJson = JsonDocument.Parse(orders.Output);
        var order = ordersJson.RootElement.GetProperty("orders")[0];
        Assert.AreEqual("9001", order.GetProperty("id").GetString());
        Assert.AreEqual("55", order.GetProperty("lines")[0].GetProperty("productId").GetString());
    }

    [TestMethod]
    public async Task Import_ValueOfTheWrongKind_SaysFieldKindAndValueWithoutDotNetNames()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        var file = folder.File("kinds.json", """
            {
              "accounts": [ { "id": "A1", "name": 42 }, { "id": 10.5, "name": "Fraction" } ],
              "products": [ { "id": "P1", "name": "Backup", "taxable": "yes" } ],
              "subscriptions": [ { "id": "S1", "accountId": "A1", "productId": "P1", "quantity": 1, "status": "Paused", "startDate": "next monday" } ]
            }
            """);

        var imported = await cli.RunAsync(Token, "bss", "import", file);

        Assert.AreEqual(1, imported.ExitCode);
        StringAssert.Contains(imported.Output, "accounts[0] (id A1): name: expected text, found 42");
        StringAssert.Contains(imported.Output, "accounts[1]: id: expected text or a whole number, found 10.5");
        StringAssert.Contains(imported.Output, "products[0] (id P1): taxable: expected true or false, found \"yes\"");
        StringAssert.Contains(imported.Output, "subscriptions[0] (id S1): status: expected one of Active");
        StringAssert.Contains(imported.Error, "4 problems");
        Assert.DoesNotContain("System.", imported.ToString());
        Assert.DoesNotContain("could not be converted", imported.ToString());
    }

    [TestMethod]
    public async Task Import_SkipInvalid_LoadsValidRecordsRefusesDependentsAndExitsOne()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        var file = folder.File("mixed.json", """
            {
              "accounts": [ { "id": "A1", "name": "Alpha" }, { "id": "A2", "name": "" }, { "id": "A3", "name": 3 } ],
              "contacts": [ { "id": "C1", "accountId": "A1", "firstName": "Ann" }, { "id": "C2", "accountId": "A2", "firstName": "Bob" }, { "id": "C3", "accountId": "A3", "firstName": "Cy" } ],
              "orders": [ { "id": "O1", "accountId": "A1", "contactId": "C2", "lines": [] } ]
            }
            """);

        var imported = await cli.RunAsync(Token, "bss", "import", file, "--skip-invalid");
        var contacts = await cli.RunAsync(Token, "bss", "export", "contacts");
        var accounts = await cli.RunAsync(Token, "bss", "export", "accounts");

        Assert.AreEqual(1, imported.ExitCode, imported.ToString());
        StringAssert.Contains(imported.Output, "refused accounts[1] (id A2): name is required");
        StringAssert.Contains(imported.Output, "refused accounts[2] (id A3): name: expected text, found 3");
        StringAssert.Contains(imported.Output, "refused contacts[1] (id C2): accountId A2 names a refused record (accounts[1] (id A2))");
        StringAssert.Contains(imported.Output, "refused contacts[2] (id C3): accountId A3 names a refused record (accounts[2] (id A3))");
        StringAssert.Contains(imported.Output, "refused orders[0] (id O1): contactId C2 names a refused record (contacts[1] (id C2))", "a refusal two steps away is followed");
        StringAssert.Contains(imported.Output, "Loaded 1 account, 1 contact");
        StringAssert.Contains(imported.Error, "5 records or parts refused");
        using var contactsJson = JsonDocument.Parse(contacts.Output);
        CollectionAssert.AreEqual(new[] { "C1" }, contactsJson.RootElement.GetProperty("contacts").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToArray());
        using var accountsJson = JsonDocument.Parse(accounts.Output);
        Assert.AreEqual(1, accountsJson.RootElement.GetProperty("accounts").GetArrayLength());
    }

    [TestMethod]
    public async Task Import_SkipInvalidAllValid_ExitsZero()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);

        var imported = await cli.RunAsync(Token, "bss", "import", folder.File("ok.json", """{ "accounts": [ { "id": "A1", "name": "Alpha" } ] }"""), "--skip-invalid");

        Assert.AreEqual(0, imported.ExitCode, imported.ToString());
        StringAssert.Contains(imported.Output, "Loaded 1 account (1 new or changed)");
    }

    [TestMethod]
    public async Task Import_ReferenceToARefusedRecordAlreadyInTheStore_IsAccepted()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        Assert.AreEqual(0, (await cli.RunAsync(Token, "bss", "import", folder.File("first.json", """{ "accounts": [ { "id": "A1", "name": "Alpha" } ] }"""))).ExitCode);

        var imported = await cli.RunAsync(Token, "bss", "import", folder.File("second.json", """
            { "accounts": [ { "id": "A1", "name": "" } ], "contacts": [ { "id": "C1", "accountId": "A1", "firstName": "Ann" } ] }
            """), "--skip-invalid");

        Assert.AreEqual(1, imported.ExitCode);
        Assert.DoesNotContain("refused contacts", imported.Output, "the stored A1 is still there to refer to");
        StringAssert.Contains(imported.Output, "Loaded 1 contact");
    }
}
