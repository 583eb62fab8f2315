using System.Text.Json.Nodes;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

/// <summary>The Link headers of sim/Api/PageLinks: the query as the client sent it, and the strict profile's missing link.</summary>
[TestClass]
public sealed class PageLinksTests
{
    [TestMethod]
    public async Task List_ForwardOnlyWithFieldsAndIn_NextLinkKeepsCommasUnencoded()
    {
        await using var simulator = await StartWithCompaniesAsync(5, SimulatorProfile.Normal);
        using var client = SimulatorHttp.Client(simulator);
        using var request = ForwardOnly("company/companies?pageSize=2&fields=" + Uri.EscapeDataString("id,identifier")
            + "&conditions=" + Uri.EscapeDataString("id in (1,2,3,4,5)"));

        using var response = await client.SendAsync(request);
        var link = response.Headers.GetValues("Link").Single();

        Assert.Contains("fields=id,identifier&", link);
        Assert.Contains("conditions=id%20in%20%281,2,3,4,5%29&", link);
        Assert.EndsWith("pageId=2>; rel=\"next\"", link);
    }

    [TestMethod]
    public async Task List_StrictProfileFullForwardOnlyPage_HasNoLink()
    {
        await using var simulator = await StartWithCompaniesAsync(5, SimulatorProfile.Strict);
        using var client = SimulatorHttp.Client(simulator);
        using var request = ForwardOnly("company/companies?pageSize=2");

        using var response = await client.SendAsync(request);

        Assert.HasCount(2, (await SimulatorHttp.ReadJsonAsync(response))!.AsArray());
        Assert.IsFalse(response.Headers.Contains("Link"));
    }

    [TestMethod]
    public async Task List_StrictProfileNavigablePage_KeepsItsLinks()
    {
        await using var simulator = await StartWithCompaniesAsync(5, SimulatorProfile.Strict);
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies?pageSize=2&page=1");

        Assert.Contains("page=2>; rel=\"next\"", response.Headers.GetValues("Link").Single());
    }

    private static HttpRequestMessage ForwardOnly(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("pagination-type", "forward-only");
        return request;
    }

    private static async Task<ConnectWiseSimulator> StartWithCompaniesAsync(int count, SimulatorProfile profile)
    {
        var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = profile });
        for (var i = 1; i <= count; i++)
        {
            simulator.Store.Add("company/companies", new JsonObject { ["identifier"] = $"C{i:0000}", ["name"] = $"Company {i}" });
        }

        return simulator;
    }
}
