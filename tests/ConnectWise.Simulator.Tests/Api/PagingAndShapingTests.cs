using System.Net;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class PagingAndShapingTests
{
    [TestMethod]
    public async Task List_ForwardOnlyPaging_FollowsLinkUntilAbsentAndVisitsEveryRecordOnce()
    {
        await using var simulator = await StartWithCompaniesAsync(23);
        using var client = SimulatorHttp.Client(simulator);
        var seen = new List<int>();
        var pages = 0;
        string? next = "company/companies?pageSize=10&conditions=" + Uri.EscapeDataString("name like \"Company*\"");

        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("pagination-type", "forward-only");
            using var response = await client.SendAsync(request);
            seen.AddRange((await SimulatorHttp.ReadJsonAsync(response))!.AsArray().Select(row => (int)row!["id"]!));
            next = response.Headers.TryGetValues("Link", out var links) ? ParseNext(links.Single()) : null;
            pages++;
        }

        Assert.AreEqual(3, pages);
        CollectionAssert.AreEqual(Enumerable.Range(1, 23).ToArray(), seen.ToArray());
    }

    [TestMethod]
    public async Task List_ForwardOnlyPageId_ReturnsIdsAfterIt()
    {
        await using var simulator = await StartWithCompaniesAsync(5);
        using var client = SimulatorHttp.Client(simulator);
        using var request = new HttpRequestMessage(HttpMethod.Get, "company/companies?pageSize=10&pageId=3");
        request.Headers.Add("pagination-type", "forward-only");

        using var response = await client.SendAsync(request);
        var ids = (await SimulatorHttp.ReadJsonAsync(response))!.AsArray().Select(row => (int)row!["id"]!).ToArray();

        CollectionAssert.AreEqual(new[] { 4, 5 }, ids);
        Assert.IsFalse(response.Headers.Contains("Link"));
    }

    [TestMethod]
    public async Task List_MiddlePage_LinksFirstPrevNextLast()
    {
        await using var simulator = await StartWithCompaniesAsync(12);
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies?pageSize=5&page=2&orderBy=id");
        var link = response.Headers.GetValues("Link").Single();

        Assert.Contains("page=1>; rel=\"first\"", link);
        Assert.Contains("page=1>; rel=\"prev\"", link);
        Assert.Contains("page=3>; rel=\"next\"", link);
        Assert.Contains("page=3>; rel=\"last\"", link);
        Assert.Contains("orderBy=id", link);
    }

    [TestMethod]
    public async Task List_LastPage_HasNoNextLink()
    {
        await using var simulator = await StartWithCompaniesAsync(12);
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies?pageSize=5&page=3");
        var link = response.Headers.GetValues("Link").Single();

        Assert.HasCount(2, (await SimulatorHttp.ReadJsonAsync(response))!.AsArray());
        Assert.DoesNotContain("rel=\"next\"", link);
        Assert.Contains("rel=\"prev\"", link);
    }

    [TestMethod]
    public async Task List_PageSizeOver1000_IsCappedAt1000()
    {
        await using var simulator = await StartWithCompaniesAsync(1005);
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies?pageSize=5000");

        Assert.HasCount(1000, (await SimulatorHttp.ReadJsonAsync(response))!.AsArray());
    }

    [TestMethod]
    public async Task List_OrderByNameDesc_SortsCaseInsensitively()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        foreach (var name in new[] { "beta", "Alpha", "Gamma" })
        {
            simulator.Store.Add("company/companies", new JsonObject { ["identifier"] = name.ToUpperInvariant(), ["name"] = name });
        }

        using var client = SimulatorHttp.Client(simulator);
        using var response = await client.GetAsync("company/companies?orderBy=" + Uri.EscapeDataString("name desc"));
        var names = (await SimulatorHttp.ReadJsonAsync(response))!.AsArray().Select(row => (string?)row!["name"]).ToArray();

        CollectionAssert.AreEqual(new[] { "Gamma", "beta", "Alpha" }, names);
    }

    [TestMethod]
    public async Task List_Fields_ReturnsOnlyThosePaths()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme Inc");

        using var response = await client.GetAsync("company/companies?fields=id,identifier,status/name");
        var row = (await SimulatorHttp.ReadJsonAsync(response))!.AsArray().Single()!.AsObject();

        CollectionAssert.AreEquivalent(new[] { "id", "identifier", "status" }, row.Select(property => property.Key).ToArray());
        CollectionAssert.AreEqual(new[] { "name" }, row["status"]!.AsObject().Select(property => property.Key).ToArray());
    }

    [TestMethod]
    public async Task List_InvalidOrderByDirection_Returns400()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies?orderBy=" + Uri.EscapeDataString("name sideways"));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [TestMethod]
    public async Task List_IncrementalLastUpdatedCondition_ReturnsOnlyLaterChanges()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock });
        using var client = SimulatorHttp.Client(simulator);
        await SimulatorHttp.CreateCompanyAsync(client, "OLD", "Old");
        clock.Advance(TimeSpan.FromDays(1));
        await SimulatorHttp.CreateCompanyAsync(client, "NEW", "New");

        using var response = await client.GetAsync("company/companies?conditions=" + Uri.EscapeDataString("lastUpdated > [2026-01-01T12:00:00Z]"));
        var rows = (await SimulatorHttp.ReadJsonAsync(response))!.AsArray();

        Assert.AreEqual("NEW", (string?)rows.Single()!["identifier"]);
    }

    private static async Task<ConnectWiseSimulator> StartWithCompaniesAsync(int count)
    {
        var simulator = await ConnectWiseSimulator.StartAsync();
        for (var i = 1; i <= count; i++)
        {
            simulator.Store.Add("company/companies", new JsonObject { ["identifier"] = $"C{i:0000}", ["name"] = $"Company {i}" });
        }

        return simulator;
    }

    private static string? ParseNext(string link)
    {
        var start = link.IndexOf('<', StringComparison.Ordinal) + 1;
        var end = link.IndexOf('>', StringComparison.Ordinal);
        return link.Contains("rel=\"next\"", StringComparison.Ordinal) ? link[start..end] : null;
    }
}
