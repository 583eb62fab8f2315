using System.Text.Json;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Cli;

/// <summary>Server variables known by the labels the BSS documentation uses, wherever a name is taken.</summary>
[TestClass]
public sealed class ServerVariableLabelTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task Activate_VariablesByTheirLabels_AreStoredUnderTheirNames()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);

        var activated = await cli.RunAsync(Token, "instance", "activate", "acme",
            "--var", "ConnectWise URL=na.myconnectwise.net",
            "--var", "Company ID=acme",
            "--var", "client id=6f6a2a3c-5c1e-4a5e-9a9d-7d7c6f1e2b11",
            "--var", "Product Category=18",
            "--var", "Import Account Id=2");
        var shown = await cli.RunAsync(Token, "instance", "show", "acme", "--json");

        Assert.AreEqual(0, activated.ExitCode, activated.ToString());
        using var json = JsonDocument.Parse(shown.Output);
        var variables = json.RootElement.GetProperty("variables").EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!);
        Assert.AreEqual("na.myconnectwise.net", variables["ConnectWiseUrl"].GetProperty("value").GetString());
        Assert.AreEqual("acme", variables["CompanyId"].GetProperty("value").GetString());
        Assert.IsTrue(variables["ClientId"].GetProperty("isSet").GetBoolean());
        Assert.AreEqual("18", variables["ProductCategoryId"].GetProperty("value").GetString());
        Assert.AreEqual("Product Category", variables["ProductCategoryId"].GetProperty("label").GetString());
        // The seed's own label for the company status of imported accounts.
        Assert.AreEqual("2", variables["ImportAccountStatusId"].GetProperty("value").GetString());
        Assert.IsFalse(variables.Keys.Any(k => k.Contains(' ', StringComparison.Ordinal)), "no variable is stored under its label");
    }

    [TestMethod]
    public async Task Unset_ByLabel_RemovesTheVariable()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        Assert.AreEqual(0, (await cli.RunAsync(Token, "instance", "activate", "acme", "--var", "ProductCategoryId=18")).ExitCode);

        var unset = await cli.RunAsync(Token, "instance", "set", "acme", "--unset", "Product Category");
        var shown = await cli.RunAsync(Token, "instance", "show", "acme");

        Assert.AreEqual(0, unset.ExitCode, unset.ToString());
        StringAssert.Contains(unset.Output, "1 server variable set");
        Assert.DoesNotContain("| 18", shown.Output.Replace("  ", " ", StringComparison.Ordinal));
    }

    [TestMethod]
    public async Task Show_Text_ShowsTheLabelBesideTheName()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        Assert.AreEqual(0, (await cli.RunAsync(Token, "instance", "activate", "acme", "--var", "ConnectWise URL=na.myconnectwise.net")).ExitCode);

        var shown = await cli.RunAsync(Token, "instance", "show", "acme");

        var line = shown.Output.Split('\n').Single(l => l.TrimStart().StartsWith("ConnectWiseUrl", StringComparison.Ordinal));
        StringAssert.Contains(line, "ConnectWise URL");
        StringAssert.Contains(line, "na.myconnectwise.net");
        StringAssert.Contains(shown.Output, "Settings: ");
        Assert.DoesNotContain("1 problems", shown.Output);
    }

    [TestMethod]
    public async Task Set_UnknownLabel_ListsNamesWithTheirLabels()
    {
        using var folder = new TempFolder();
        var cli = new CliRunner(folder.DatabasePath);
        Assert.AreEqual(0, (await cli.RunAsync(Token, "instance", "activate", "acme")).ExitCode);

        var set = await cli.RunAsync(Token, "instance", "set", "acme", "--var", "Company Name=acme");

        Assert.AreEqual(1, set.ExitCode);
        StringAssert.Contains(set.Error, "Company Name: not a server variable");
        StringAssert.Contains(set.Error, "ConnectWiseUrl (\"ConnectWise URL\")");
    }
}
