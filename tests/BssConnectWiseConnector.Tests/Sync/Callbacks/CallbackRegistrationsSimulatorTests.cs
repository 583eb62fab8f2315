using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Callbacks;

[TestClass]
public sealed class CallbackRegistrationsSimulatorTests
{
    private static readonly Uri Receiver = new("https://bss.example.test/callbacks/acme");

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task NotifiableModules_Session_AreThePulledModulesWithACallbackType()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await using var session = await h.OpenAsync();

        var modules = ((IChangeNotifications)session).NotifiableModules;

        CollectionAssert.AreEquivalent(new[] { BssModules.Accounts, BssModules.Contacts, BssModules.Products, BssModules.Subscriptions }, modules.ToArray());
    }

    [TestMethod]
    public async Task RegisterAsync_Twice_LeavesOneSelfSuppressedCallbackPerModule()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await using var session = await h.OpenAsync();
        var notifications = (IChangeNotifications)session;

        await notifications.RegisterAsync(Receiver, notifications.NotifiableModules, TestContext.CancellationToken);
        h.Simulator.Requests.Clear();
        var again = await notifications.RegisterAsync(Receiver, notifications.NotifiableModules, TestContext.CancellationToken);

        var stored = h.Simulator.Store.All("system/callbacks");
        Assert.HasCount(4, stored, "companies, contacts, catalog items and agreements");
        Assert.HasCount(4, again);
        Assert.IsTrue(stored.All(c => (bool?)c["isSelfSuppressedFlag"] == true && (string?)c["level"] == "owner"));
        Assert.IsTrue(stored.All(c => (string?)c["url"] == "https://bss.example.test/callbacks/acme?recordId="));
        Assert.AreEqual(0, h.Simulator.Requests.WriteCount, "the second registration only lists");
    }

    [TestMethod]
    public async Task RegisterAsync_OursMadeInactive_ReactivatesItInsteadOfAddingOne()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await using var session = await h.OpenAsync();
        var notifications = (IChangeNotifications)session;
        await notifications.RegisterAsync(Receiver, [BssModules.Accounts], TestContext.CancellationToken);
        var id = (int)h.Simulator.Store.All("system/callbacks").Single()["id"]!;
        h.Simulator.Store.Update("system/callbacks", id, c => c["inactiveFlag"] = true);

        var registered = await notifications.RegisterAsync(Receiver, [BssModules.Accounts], TestContext.CancellationToken);

        Assert.IsTrue(registered.Single().Active);
        Assert.AreEqual(id, (int)h.Simulator.Store.All("system/callbacks").Single()["id"]!);
    }

    [TestMethod]
    public async Task UnregisterAsync_OtherIntegrationsAndOurOtherReceiver_AreLeftAlone()
    {
        await using var h = await SimulatorHarness.StartAsync();
        var foreign = h.Simulator.Store.Add("system/callbacks", Callback("Another integration", "https://psa-tool.example.test/hook?recordId="));
        var lookAlike = h.Simulator.Store.Add("system/callbacks", Callback("Another integration", "https://bss.example.test/callbacks/acme?recordId="));
        await using var session = await h.OpenAsync();
        var notifications = (IChangeNotifications)session;
        await notifications.RegisterAsync(new Uri("https://other.example.test/callbacks/acme"), [BssModules.Accounts], TestContext.CancellationToken);
        await notifications.RegisterAsync(Receiver, notifications.NotifiableModules, TestContext.CancellationToken);

        var removed = await notifications.UnregisterAsync(Receiver, TestContext.CancellationToken);

        Assert.HasCount(4, removed);
        var left = h.Simulator.Store.All("system/callbacks");
        CollectionAssert.AreEquivalent(
            new[] { foreign, lookAlike, (int)left.Single(c => ((string)c["url"]!).StartsWith("https://other.", StringComparison.Ordinal))["id"]! },
            left.Select(c => (int)c["id"]!).ToArray());
        Assert.HasCount(1, await notifications.ListRegistrationsAsync(null, TestContext.CancellationToken), "ours for the other receiver is still listed");
    }

    [TestMethod]
    [DataRow("http://bss.example.test/callbacks/acme")]
    [DataRow("https://bss.example.test/callbacks/acme#x")]
    public async Task RegisterAsync_AddressConnectWiseMustNotUse_RefusedBeforeAnyRequest(string url)
    {
        await using var h = await SimulatorHarness.StartAsync();
        await using var session = await h.OpenAsync();
        h.Simulator.Requests.Clear();

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => ((IChangeNotifications)session).RegisterAsync(new Uri(url), [BssModules.Accounts], TestContext.CancellationToken));

        Assert.AreEqual(0, h.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task RegisterAsync_ModuleWithoutCallbacks_RefusedNamingTheNotifiableOnes()
    {
        await using var h = await SimulatorHarness.StartAsync();
        await using var session = await h.OpenAsync();

        var error = await Assert.ThrowsExactlyAsync<ArgumentException>(() => ((IChangeNotifications)session).RegisterAsync(Receiver, [BssModules.Invoices], TestContext.CancellationToken));

        Assert.Contains(BssModules.Invoices, error.Message);
        Assert.Contains(BssModules.Accounts, error.Message);
    }

    private static JsonObject Callback(string description, string url) => new()
    {
        ["description"] = description,
        ["url"] = url,
        ["objectId"] = 1,
        ["type"] = "company",
        ["level"] = "owner",
        ["inactiveFlag"] = true,
    };
}
