using System.Net;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class WriteRulesTests
{
    [TestMethod]
    public async Task Post_ContactWithCommunicationItems_NumbersItemsAndChildConditionsFindIt()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        using var created = await client.PostAsync("company/contacts", SimulatorHttp.Json(samples.Fill(SampleRecords.ValidBodies["company/contacts"])));
        var items = (await SimulatorHttp.ReadJsonAsync(created))!["communicationItems"]!.AsArray();

        var query = "childConditions=" + Uri.EscapeDataString("communicationItems/value like \"jane@*\" AND communicationItems/communicationType=\"Email\"");
        using var found = await client.GetAsync("company/contacts?" + query);

        Assert.IsGreaterThan(0, (int)items[0]!["id"]!);
        Assert.AreEqual("Jane", (string?)(await SimulatorHttp.ReadJsonAsync(found))!.AsArray().Single()!["firstName"]);
    }

    [TestMethod]
    [DataRow("procurement/catalog", """{"identifier":"X1","description":"X","customerDescription":"X","subcategory":{"id":1},"type":{"id":1},"price":"cheap"}""", "price")]
    [DataRow("company/companies", """{"identifier":"X1","name":"X","city":"Springfield","yearEstablished":"long ago"}""", "yearEstablished")]
    [DataRow("company/companies", """{"identifier":"X1","name":"X","city":"Springfield","deletedFlag":"maybe"}""", "deletedFlag")]
    [DataRow("finance/invoices", """{"type":"Standard","company":{"id":1},"date":"next tuesday"}""", "date")]
    [DataRow("company/companies", """{"identifier":"X1","name":"X","city":"Springfield","status":"Active"}""", "status")]
    public async Task Post_ValueOfTheWrongType_Returns400InvalidField(string route, string body, string field)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme");

        using var response = await client.PostAsync(route, SimulatorHttp.Json(body));
        var errors = (await SimulatorHttp.ReadJsonAsync(response))!["errors"]!.AsArray();

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.IsTrue(errors.Any(error => (string?)error!["field"] == field && (string?)error["code"] == "InvalidField"), errors.ToJsonString());
    }

    [TestMethod]
    public async Task Post_NumbersAndBooleansAsStrings_AreAcceptedAsConnectWiseConvertsThem()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"X1","name":"X","city":"Springfield","yearEstablished":"1999","deletedFlag":"false","phoneNumber":5550100}"""));

        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode);
    }

    [TestMethod]
    [DataRow("conditions", "identifer=\"ACME\"")]
    [DataRow("orderBy", "nme desc")]
    [DataRow("childConditions", "emails/value=\"x\"")]
    [DataRow("customFieldConditions", "label=\"x\"")]
    public async Task List_UnknownField_Returns400NamingIt(string parameter, string value)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync($"company/contacts?{parameter}=" + Uri.EscapeDataString(value));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown field", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["message"] ?? "");
    }

    [TestMethod]
    public async Task Post_SameIdentifierInParallel_CreatesExactlyOne()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            client.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"RACE","name":"Race","city":"Springfield"}"""))));

        Assert.AreEqual(1, responses.Count(response => response.StatusCode == HttpStatusCode.Created));
        Assert.AreEqual(15, responses.Count(response => response.StatusCode == HttpStatusCode.BadRequest));
        Assert.AreEqual(1, simulator.Store.Count("company/companies"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [TestMethod]
    public async Task StoreLoad_SeedDocument_AddsRecordsWithExpandedReferences()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();

        var added = simulator.Store.Load("""{"company/companies":[{"identifier":"SEEDED","name":"Seeded Co","status":{"id":2}}]}""");
        var company = simulator.Store.All("company/companies").Single();

        Assert.AreEqual(1, added);
        Assert.AreEqual("Inactive", (string?)company["status"]!["name"]);
        Assert.IsNotNull(company["_info"]!["lastUpdated"]);
    }

    [TestMethod]
    public async Task StoreUpdate_ChangesACopyAndStampsLastUpdated()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero));
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock });
        var id = simulator.Store.Add("company/companies", new JsonObject { ["identifier"] = "A", ["name"] = "A" });
        clock.Advance(TimeSpan.FromMinutes(5));

        var updated = simulator.Store.Update("company/companies", id, record => record["name"] = "B");
        var company = simulator.Store.Get("company/companies", id)!;

        Assert.IsTrue(updated);
        Assert.AreEqual("B", (string?)company["name"]);
        Assert.AreEqual("2026-05-01T00:05:00Z", (string?)company["_info"]!["lastUpdated"]);
        Assert.AreEqual("2026-05-01T00:00:00Z", (string?)company["_info"]!["dateEntered"]);
    }

    [TestMethod]
    public async Task RequestsCountOf_MethodAndResource_CountsOnlyThose()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        await SimulatorHttp.CreateCompanyAsync(client, "A", "A");
        await SimulatorHttp.CreateCompanyAsync(client, "B", "B");
        (await client.GetAsync("company/companies")).Dispose();

        Assert.AreEqual(2, simulator.Requests.CountOf("POST", "company/companies"));
        Assert.AreEqual(1, simulator.Requests.CountOf("GET", "company/companies"));
        simulator.Requests.Clear();
        Assert.AreEqual(0, simulator.Requests.Count);
    }
}
