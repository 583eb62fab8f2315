using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

[TestClass]
public sealed class InstanceCommandTests
{
    private const string PrivateKey = "pk-3f9c1e7a-very-secret";
    private const string ClientId = "0b4c3a9e-1d2f-4e5a-8b7c-6d5e4f3a2b1c";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Activate_WithVariables_ShowMasksPrivateKeyAndClientId()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);

        var activated = await cli.RunAsync(Token, "instance", "activate", "acme", "--var", "ConnectWiseUrl=na.myconnectwise.net", "--var", "CompanyId=acme", "--var", $"PrivateKey={PrivateKey}", "--var", $"ClientId={ClientId}", "--var", "PublicKey=pub-key");
        var shown = await cli.RunAsync(Token, "instance", "show", "acme");

        Assert.AreEqual(0, activated.ExitCode, activated.ToString());
        Assert.AreEqual(0, shown.ExitCode, shown.ToString());
        StringAssert.Contains(shown.Output, "na.myconnectwise.net");
        StringAssert.Contains(shown.Output, "pub-key");
        StringAssert.Contains(shown.Output, "********");
        Assert.DoesNotContain(PrivateKey, shown.Output + shown.Error + activated.Output);
        Assert.DoesNotContain(ClientId, shown.Output + shown.Error);
        StringAssert.Contains(shown.Output, "ImportAccountStatusId");
    }

    [TestMethod]
    public async Task Show_Json_MasksSecretsAndParses()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "acme", "--var", $"PrivateKey={PrivateKey}");

        var shown = await cli.RunAsync(Token, "instance", "show", "acme", "--json");

        Assert.AreEqual(0, shown.ExitCode, shown.ToString());
        Assert.DoesNotContain(PrivateKey, shown.Output);
        using var json = JsonDocument.Parse(shown.Output);
        var privateKey = json.RootElement.GetProperty("variables").EnumerateArray().Single(v => v.GetProperty("name").GetString() == "PrivateKey");
        Assert.IsTrue(privateKey.GetProperty("secret").GetBoolean());
        Assert.AreEqual("********", privateKey.GetProperty("value").GetString());
    }

    [TestMethod]
    public async Task Set_EnvironmentReference_IsStoredAsReferenceAndShownByName()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "acme");

        var set = await cli.RunAsync(Token, "instance", "set", "acme", "--var", "PrivateKey=env:ACME_CW_PRIVATE_KEY");
        var shown = await cli.RunAsync(Token, "instance", "show", "acme");

        Assert.AreEqual(0, set.ExitCode, set.ToString());
        StringAssert.Contains(shown.Output, "env:ACME_CW_PRIVATE_KEY");
        StringAssert.Contains(shown.Output, "ACME_CW_PRIVATE_KEY, which is not set");
    }

    [TestMethod]
    public async Task Set_UnknownVariable_ExitsNonZeroWithOneLine()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "acme");

        var set = await cli.RunAsync(Token, "instance", "set", "acme", "--var", "NoSuchVariable=1");

        Assert.AreEqual(1, set.ExitCode);
        StringAssert.Contains(set.Error, "NoSuchVariable: not a server variable");
        Assert.AreEqual(1, set.Error.Trim().Split('\n').Length);
    }

    [TestMethod]
    public async Task Set_PairWithoutEquals_DoesNotEchoTheSecret()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "acme");

        var set = await cli.RunAsync(Token, "instance", "set", "acme", "--var", PrivateKey);

        Assert.AreEqual(1, set.ExitCode);
        Assert.DoesNotContain(PrivateKey, set.Error);
    }

    [TestMethod]
    public async Task Activate_Twice_ExitsNonZero()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "acme");

        var again = await cli.RunAsync(Token, "instance", "activate", "ACME");

        Assert.AreEqual(1, again.ExitCode);
        StringAssert.Contains(again.Error, "already exists");
    }

    [TestMethod]
    public async Task Show_UnknownInstance_ExitsNonZeroNamingIt()
    {
        using var folder = new TempFolder();

        var shown = await new CliRunner(folder.DatabasePath).RunAsync(Token, "instance", "show", "ghost");

        Assert.AreEqual(1, shown.ExitCode);
        StringAssert.Contains(shown.Error, "'ghost' does not exist");
    }

    [TestMethod]
    public async Task List_TwoInstances_ListsBothByName()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        var empty = await cli.RunAsync(Token, "instance", "list");
        await cli.RunAsync(Token, "instance", "activate", "zeta");
        await cli.RunAsync(Token, "instance", "activate", "alpha");

        var listed = await cli.RunAsync(Token, "instance", "list", "--json");

        StringAssert.Contains(empty.Output, "No instances");
        using var json = JsonDocument.Parse(listed.Output);
        CollectionAssert.AreEqual(new[] { "alpha", "zeta" }, json.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToArray());
    }

    [TestMethod]
    public async Task OptionsSet_Operation_IsShownSwitchedOff()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "acme");

        var set = await cli.RunAsync(Token, "options", "set", "acme", "accounts", "Update", "off");
        var shown = await cli.RunAsync(Token, "instance", "show", "acme");

        Assert.AreEqual(0, set.ExitCode, set.ToString());
        StringAssert.Contains(shown.Output, "Operations switched off: Accounts.Update");
    }

    [TestMethod]
    public async Task OptionsSet_BadState_ExitsNonZero()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "acme");

        var set = await cli.RunAsync(Token, "options", "set", "acme", "Accounts", "Update", "maybe");

        Assert.AreNotEqual(0, set.ExitCode);
    }

    [TestMethod]
    public async Task LookupsSet_Mapping_IsShown()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "acme");

        var set = await cli.RunAsync(Token, "lookups", "set", "acme", "accounttype", "Customer", "1");
        var shown = await cli.RunAsync(Token, "instance", "show", "acme", "--json");

        Assert.AreEqual(0, set.ExitCode, set.ToString());
        using var json = JsonDocument.Parse(shown.Output);
        Assert.AreEqual("1", json.RootElement.GetProperty("lookups").GetProperty("AccountType").GetProperty("Customer").GetString());
    }

    [TestMethod]
    public async Task LookupsSet_NotAnId_ExitsNonZero()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        await cli.RunAsync(Token, "instance", "activate", "acme");

        var set = await cli.RunAsync(Token, "lookups", "set", "acme", "AccountType", "Customer", "Customer");
        var unknown = await cli.RunAsync(Token, "lookups", "set", "acme", "NoSuchLookup", "x", "1");

        Assert.AreEqual(1, set.ExitCode);
        StringAssert.Contains(set.Error, "not a ConnectWise id");
        Assert.AreEqual(1, unknown.ExitCode);
        StringAssert.Contains(unknown.Error, "no lookup 'NoSuchLookup'");
    }
}
