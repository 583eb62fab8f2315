using System.Text.Json.Nodes;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Callbacks;

[TestClass]
public sealed class CallbacksCommandTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Enable_Twice_LeavesOneCallbackPerModule()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken, enable: false);
        var cli = new CliRunner(h.Host.DatabasePath);

        var first = await cli.RunAsync(TestContext.CancellationToken, "callbacks", "enable", "acme", "--url", "https://bss.example.test/", "--allow-loopback-http");
        var second = await cli.RunAsync(TestContext.CancellationToken, "callbacks", "enable", "acme", "--url", "https://bss.example.test/", "--allow-loopback-http");
        var shown = await cli.RunAsync(TestContext.CancellationToken, "callbacks", "show", "acme", "--json", "--allow-loopback-http");

        Assert.AreEqual(0, first.ExitCode, first.ToString());
        Assert.AreEqual(0, second.ExitCode, second.ToString());
        Assert.Contains("https://bss.example.test/callbacks/acme", second.Output);
        Assert.HasCount(4, h.Simulator.Store.All("system/callbacks"), "companies, contacts, catalog items and agreements");
        var registrations = JsonNode.Parse(shown.Output)!["registrations"]!.AsArray();
        CollectionAssert.AreEquivalent(new[] { "Accounts", "Contacts", "Products", "Subscriptions" }, registrations.Select(r => (string)r!["module"]!).ToArray());
    }

    [TestMethod]
    public async Task Disable_RemovesOursOnlyAndForgetsTheReceiver()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken, enable: false);
        var foreign = h.Simulator.Store.Add("system/callbacks", new JsonObject
        {
            ["description"] = "Another integration",
            ["url"] = "https://bss.example.test/callbacks/acme?recordId=",
            ["objectId"] = 1,
            ["type"] = "company",
            ["level"] = "owner",
            ["inactiveFlag"] = true,
        });
        var cli = new CliRunner(h.Host.DatabasePath);
        await cli.RunAsync(TestContext.CancellationToken, "callbacks", "enable", "acme", "--url", "https://bss.example.test", "--allow-loopback-http");

        var disabled = await cli.RunAsync(TestContext.CancellationToken, "callbacks", "disable", "acme", "--allow-loopback-http");
        var shown = await cli.RunAsync(TestContext.CancellationToken, "callbacks", "show", "acme", "--allow-loopback-http");

        Assert.AreEqual(0, disabled.ExitCode, disabled.ToString());
        Assert.Contains("Removed 4 callbacks", disabled.Output);
        Assert.AreEqual(foreign, (int)h.Simulator.Store.All("system/callbacks").Single()["id"]!);
        Assert.Contains("not enabled", shown.Output);
    }

    [TestMethod]
    public async Task Enable_PlainHttpPublicUrl_RefusedWithTheReasonAndNothingRegistered()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken, enable: false);
        var cli = new CliRunner(h.Host.DatabasePath);

        var result = await cli.RunAsync(TestContext.CancellationToken, "callbacks", "enable", "acme", "--url", "http://bss.example.test/", "--allow-loopback-http");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        Assert.Contains("https", result.Error);
        Assert.IsEmpty(h.Simulator.Store.All("system/callbacks"));
    }
}
