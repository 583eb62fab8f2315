using System.Text.Json.Nodes;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Tests.Http;

/// <summary>Forward-only listings against the simulator's Link headers, in both profiles.</summary>
[TestClass]
public sealed class ForwardOnlyPagingSimulatorTests
{
    private static async Task<ConnectWiseSimulator> StartAsync(SimulatorProfile profile, int companies)
    {
        var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = profile });
        for (var i = 1; i <= companies; i++)
        {
            simulator.Store.Add("company/companies", new JsonObject { ["identifier"] = $"P{i:000}", ["name"] = $"Paged {i}" });
        }

        return simulator;
    }

    private static async Task<List<int>> ReadAllAsync(SimulatorConnection connection, int count)
    {
        var query = new ListQuery
        {
            ForwardOnly = true,
            PageSize = 2,
            Fields = "id,identifier,name",
            Conditions = Condition.In("id", Enumerable.Range(1, count).Cast<object>()),
        };
        var ids = new List<int>();
        await foreach (var page in connection.Connection.ListPagesAsync<Company>("company/companies", query, CancellationToken.None))
        {
            ids.AddRange(page.Items.Select(c => c.Id!.Value));
        }

        return ids;
    }

    [TestMethod]
    public async Task ListPages_NormalProfileLinksWithUnencodedCommas_ReadsEveryPageOnce()
    {
        await using var simulator = await StartAsync(SimulatorProfile.Normal, 5);
        using var connection = SimulatorConnection.Open(simulator);

        var ids = await ReadAllAsync(connection, 5);

        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4, 5 }, ids);
        Assert.AreEqual(3, simulator.Requests.CountOf("GET", "company/companies"), "pages of 2, 2 and 1");
    }

    [TestMethod]
    public async Task ListPages_StrictProfileFullPagesWithoutNextLink_ReadsEverythingThroughPageId()
    {
        await using var simulator = await StartAsync(SimulatorProfile.Strict, 4);
        using var connection = SimulatorConnection.Open(simulator);

        var ids = await ReadAllAsync(connection, 4);

        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4 }, ids);
        Assert.AreEqual(3, simulator.Requests.CountOf("GET", "company/companies"), "two full pages, then the empty page that proves the end");
    }
}
