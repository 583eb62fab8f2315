using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host;
using Bss.IntegrationFramework.Host.Instances;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Instances;

/// <summary>
/// The company search and contacts of the Link customer page and <c>link</c>, through the host and the simulator:
/// one request per page of 25 with a conditions query, never the whole list.
/// </summary>
[TestClass]
public sealed class CustomerLinkingTests
{
    private const string Companies = "company/companies";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task SearchAsync_ThirtyMatches_TwoPagesOfOneRequestEach()
    {
        await using var host = await TestHost.StartAsync(Token);
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await SimulatorInstance.ActivateAsync(host.Services, simulator, "acme", Token);
        for (var i = 1; i <= 30; i++)
        {
            simulator.Store.Add(Companies, new JsonObject { ["identifier"] = $"NW{i:D2}", ["name"] = $"Northwind {i:D2}" });
        }

        simulator.Store.Add(Companies, new JsonObject { ["identifier"] = "FABRIKAM", ["name"] = "Fabrikam" });
        var linking = new CustomerLinking(host.Services);
        await linking.SearchAsync("acme", "warm-up", null, Token);
        simulator.Requests.Clear();

        var first = await linking.SearchAsync("acme", "northwind", null, Token);
        var afterFirst = ApiRequests(simulator);
        var second = await linking.SearchAsync("acme", "northwind", first.Next, Token);

        Assert.HasCount(25, first.Companies);
        Assert.IsNotNull(first.Next);
        Assert.HasCount(5, second.Companies);
        Assert.IsNull(second.Next, "the last page says so");
        CollectionAssert.AreEquivalent(
            Enumerable.Range(1, 30).Select(i => $"Northwind {i:D2}").ToArray(),
            first.Companies.Concat(second.Companies).Select(c => c.Name).ToArray(),
            "every match once, Fabrikam never");
        Assert.HasCount(1, afterFirst, "one request for the first page");
        Assert.HasCount(2, ApiRequests(simulator), "one more for the second");
        var query = Uri.UnescapeDataString(afterFirst[0].Query);
        StringAssert.Contains(query, "name contains \"northwind\"");
        StringAssert.Contains(query, "pageSize=25");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task SearchAsync_TextWithAQuote_IsSearchedWithoutItAndShowsTheLinkedAccount()
    {
        await using var host = await TestHost.StartAsync(Token);
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict }, Token);
        var instance = await SimulatorInstance.ActivateAsync(host.Services, simulator, "acme", Token);
        var quoted = simulator.Store.Add(Companies, new JsonObject { ["identifier"] = "QUOTED", ["name"] = "The \"Best\" Bakery" });
        await host.Services.LinksOf(instance).SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-7", quoted.ToString(System.Globalization.CultureInfo.InvariantCulture), null, DateTimeOffset.UnixEpoch), Token);

        var page = await new CustomerLinking(host.Services).SearchAsync("acme", "\"Best\" Bak", null, Token);

        var found = page.Companies.Single();
        Assert.AreEqual("The \"Best\" Bakery", found.Name);
        Assert.AreEqual("ACC-7", found.LinkedAccountId, "the search says which account holds the company");
        Assert.IsTrue(simulator.Requests.Snapshot().All(r => r.Status == 200), "the strict profile refuses no request (no backslash escape was sent)");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task ContactsAsync_Company_ListsItsActiveContactsDefaultFirstInOneRequest()
    {
        await using var host = await TestHost.StartAsync(Token);
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await SimulatorInstance.ActivateAsync(host.Services, simulator, "acme", Token);
        var company = simulator.Store.Add(Companies, new JsonObject { ["identifier"] = "NW", ["name"] = "Northwind" });
        var other = simulator.Store.Add(Companies, new JsonObject { ["identifier"] = "FAB", ["name"] = "Fabrikam" });
        simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Alex", ["lastName"] = "Able", ["company"] = new JsonObject { ["id"] = company } });
        simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Zoe", ["lastName"] = "Default", ["defaultFlag"] = true, ["company"] = new JsonObject { ["id"] = company } });
        simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Gone", ["lastName"] = "Away", ["inactiveFlag"] = true, ["company"] = new JsonObject { ["id"] = company } });
        simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Sam", ["lastName"] = "Stranger", ["company"] = new JsonObject { ["id"] = other } });
        var linking = new CustomerLinking(host.Services);
        await linking.SearchAsync("acme", "warm-up", null, Token);
        simulator.Requests.Clear();

        var contacts = await linking.ContactsAsync("acme", company.ToString(System.Globalization.CultureInfo.InvariantCulture), Token);

        CollectionAssert.AreEqual(new[] { "Zoe Default", "Alex Able" }, contacts.Select(c => c.Name).ToArray());
        Assert.IsTrue(contacts[0].IsDefault);
        Assert.HasCount(1, ApiRequests(simulator));
    }

    // Each session of a new connector also reads the site's codebase once (login/companyinfo), outside the API.
    private static List<ConnectWise.Simulator.RequestLogEntry> ApiRequests(ConnectWiseSimulator simulator) =>
        [.. simulator.Requests.Snapshot().Where(r => !r.Path.Contains("/login/", StringComparison.Ordinal))];

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task SearchAsync_AfterThatIsNoPosition_IsAHostError()
    {
        await using var host = await TestHost.StartAsync(Token);
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions(), Token);
        await SimulatorInstance.ActivateAsync(host.Services, simulator, "acme", Token);

        var error = await Assert.ThrowsExactlyAsync<HostException>(() => new CustomerLinking(host.Services).SearchAsync("acme", "x", "page-two", Token));

        StringAssert.Contains(error.Message, "'page-two' is not the position of a next page");
    }
}
