using System.Net;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class CompanyEndpointsTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task Post_ValidCompany_Returns201WithIdInfoAndExpandedDefaults()
    {
        var clock = new ManualTimeProvider(Start);
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock });
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"ACME","name":"Acme Inc","city":"Springfield","status":{"id":3}}"""));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode);
        Assert.AreEqual(1, (int)body["id"]!);
        Assert.AreEqual("2026-03-01T08:30:00Z", (string?)body["_info"]!["lastUpdated"]);
        Assert.AreEqual("2026-03-01T08:30:00Z", (string?)body["_info"]!["dateEntered"]);
        Assert.AreEqual("Not-Approved", (string?)body["status"]!["name"]);
        Assert.AreEqual("Customer", (string?)body["types"]![0]!["name"]);
        Assert.AreEqual(1, simulator.Store.Count("company/companies"));
    }

    [TestMethod]
    public async Task Post_DuplicateIdentifierInOtherCase_Returns400ObjectExists()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme Inc");

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"acme","name":"Other","city":"Springfield"}"""));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("InvalidObject", (string?)body["code"]);
        Assert.AreEqual("company object is invalid", (string?)body["message"]);
        Assert.AreEqual("ObjectExists", (string?)body["errors"]![0]!["code"]);
        Assert.AreEqual("identifier", (string?)body["errors"]![0]!["field"]);
        Assert.AreEqual(1, simulator.Store.Count("company/companies"));
    }

    [TestMethod]
    public async Task Post_MissingRequiredFields_Returns400NullOrEmptyPerField()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json("""{"city":"Athens"}"""));
        var errors = (await SimulatorHttp.ReadJsonAsync(response))!["errors"]!.AsArray();

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        CollectionAssert.AreEquivalent(new[] { "identifier", "name" }, errors.Select(error => (string?)error!["field"]).ToArray());
        Assert.IsTrue(errors.All(error => (string?)error!["code"] == "NullOrEmpty" && (string?)error["resource"] == "company"));
    }

    [TestMethod]
    public async Task Post_ZipLongerThanSpecMaxLength_Returns400MaxLengthField()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        // The spec says "Max length: 12;" for Company.zip.
        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"ZIP","name":"Zip","zip":"1234567890123"}"""));
        var error = (await SimulatorHttp.ReadJsonAsync(response))!["errors"]![0]!;

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("zip", (string?)error["field"]);
        Assert.Contains("12", (string?)error["message"] ?? "");
    }

    [TestMethod]
    public async Task Post_UnknownStatusId_Returns400NamingTheReference()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"X","name":"X","city":"Springfield","status":{"id":999}}"""));
        var error = (await SimulatorHttp.ReadJsonAsync(response))!["errors"]![0]!;

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("status/id", (string?)error["field"]);
    }

    [TestMethod]
    public async Task Patch_ReplaceNameAndStatus_UpdatesRecordAndLastUpdated()
    {
        var clock = new ManualTimeProvider(Start);
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock });
        using var client = SimulatorHttp.Client(simulator);
        var created = await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme Inc");
        clock.Advance(TimeSpan.FromHours(1));

        using var response = await client.PatchAsync(
            $"company/companies/{created["id"]}",
            SimulatorHttp.Json("""[{"op":"replace","path":"name","value":"Acme Ltd"},{"op":"replace","path":"status","value":{"id":2}}]"""));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("Acme Ltd", (string?)body["name"]);
        Assert.AreEqual("Inactive", (string?)body["status"]!["name"]);
        Assert.AreEqual("2026-03-01T09:30:00Z", (string?)body["_info"]!["lastUpdated"]);
        Assert.AreEqual("2026-03-01T08:30:00Z", (string?)body["_info"]!["dateEntered"]);
    }

    [TestMethod]
    public async Task Patch_RemoveRequiredField_Returns400AndKeepsRecord()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var created = await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme Inc");

        using var response = await client.PatchAsync($"company/companies/{created["id"]}", SimulatorHttp.Json("""[{"op":"remove","path":"name"}]"""));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("Acme Inc", (string?)simulator.Store.Get("company/companies", (int)created["id"]!)!["name"]);
    }

    [TestMethod]
    public async Task Patch_PathInWrongCase_Returns400InvalidField()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var created = await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme Inc");

        using var response = await client.PatchAsync($"company/companies/{created["id"]}", SimulatorHttp.Json("""[{"op":"replace","path":"Name","value":"x"}]"""));
        var error = (await SimulatorHttp.ReadJsonAsync(response))!["errors"]![0]!;

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("InvalidField", (string?)error["code"]);
    }

    [TestMethod]
    public async Task Patch_IdentifierOfAnotherCompany_Returns400ObjectExists()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme Inc");
        var other = await SimulatorHttp.CreateCompanyAsync(client, "GLOBEX", "Globex");

        using var response = await client.PatchAsync($"company/companies/{other["id"]}", SimulatorHttp.Json("""[{"op":"replace","path":"identifier","value":"ACME"}]"""));

        Assert.AreEqual("ObjectExists", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["errors"]![0]!["code"]);
    }

    [TestMethod]
    public async Task Get_UnknownId_Returns404NotFound()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies/4242");

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
        Assert.AreEqual("NotFound", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["code"]);
    }

    [TestMethod]
    public async Task List_ConditionsOnIdentifierAndName_ReturnsMatchesOnly()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme Inc");
        await SimulatorHttp.CreateCompanyAsync(client, "ACMEEU", "Acme Europe");
        await SimulatorHttp.CreateCompanyAsync(client, "GLOBEX", "Globex");

        var byIdentifier = await ListAsync(client, "identifier=\"ACME\"");
        var byName = await ListAsync(client, "name like \"Acme*\" and identifier != \"ACME\"");

        Assert.HasCount(1, byIdentifier);
        Assert.AreEqual("Acme Inc", (string?)byIdentifier[0]!["name"]);
        Assert.HasCount(1, byName);
        Assert.AreEqual("ACMEEU", (string?)byName[0]!["identifier"]);
    }

    [TestMethod]
    public async Task List_MalformedConditions_Returns400()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies?conditions=" + Uri.EscapeDataString("identifier = ACME"));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("double or single quotes", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["message"] ?? "");
    }

    [TestMethod]
    public async Task List_NoPageSize_Returns25AndNextLink()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        for (var i = 1; i <= 30; i++)
        {
            simulator.Store.Add("company/companies", new JsonObject { ["identifier"] = $"C{i:00}", ["name"] = $"Company {i}" });
        }

        using var client = SimulatorHttp.Client(simulator);
        using var response = await client.GetAsync("company/companies");
        var page = (await SimulatorHttp.ReadJsonAsync(response))!.AsArray();

        Assert.HasCount(25, page);
        var link = string.Join(",", response.Headers.GetValues("Link"));
        Assert.Contains("page=2>; rel=\"next\"", link);
        Assert.Contains("rel=\"last\"", link);
    }

    [TestMethod]
    public async Task Count_WithConditions_ReturnsMatchingCount()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme Inc");
        await SimulatorHttp.CreateCompanyAsync(client, "GLOBEX", "Globex");

        using var response = await client.GetAsync("company/companies/count?conditions=" + Uri.EscapeDataString("name contains \"glob\""));

        Assert.AreEqual(1, (int)(await SimulatorHttp.ReadJsonAsync(response))!["count"]!);
    }

    [TestMethod]
    public async Task List_SeededSetupTables_HaveStatusesTypesAndCountries()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        var statuses = (await SimulatorHttp.ReadJsonAsync(await client.GetAsync("company/companies/statuses")))!.AsArray();
        var types = (await SimulatorHttp.ReadJsonAsync(await client.GetAsync("company/companies/types")))!.AsArray();
        var countries = (await SimulatorHttp.ReadJsonAsync(await client.GetAsync("company/countries?conditions=" + Uri.EscapeDataString("identifier=\"GR\""))))!.AsArray();

        Assert.AreEqual("Active", (string?)statuses.Single(status => (int)status!["id"]! == 1)!["name"]);
        CollectionAssert.IsSubsetOf(new[] { "Customer", "Prospect", "Vendor", "Partner" }, types.Select(type => (string?)type!["name"]).ToArray());
        Assert.AreEqual("Greece", (string?)countries.Single()!["name"]);
    }

    [TestMethod]
    public async Task Requests_AfterCalls_LogMethodPathQueryStatusAndWrites()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme Inc");
        using var list = await client.GetAsync("company/companies?pageSize=5");

        var entries = simulator.Requests.Snapshot();

        Assert.HasCount(2, entries);
        Assert.AreEqual("POST", entries[0].Method);
        Assert.AreEqual(201, entries[0].Status);
        Assert.AreEqual("/v4_6_release/apis/3.0/company/companies", entries[1].Path);
        Assert.AreEqual("?pageSize=5", entries[1].Query);
        Assert.AreEqual(1, simulator.Requests.WriteCount);
    }

    private static async Task<JsonArray> ListAsync(HttpClient client, string conditions)
    {
        using var response = await client.GetAsync("company/companies?conditions=" + Uri.EscapeDataString(conditions));
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        return (await SimulatorHttp.ReadJsonAsync(response))!.AsArray();
    }
}
