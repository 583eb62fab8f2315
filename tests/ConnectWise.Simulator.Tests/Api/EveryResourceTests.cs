using System.Net;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class EveryResourceTests
{
    public static IEnumerable<object[]> Routes => SampleRecords.ValidBodies.Keys.Select(route => new object[] { route });

    [TestMethod]
    [DynamicData(nameof(Routes))]
    public async Task PostGetPatch_EveryResource_RoundTripsThroughTheApi(string route)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var path = samples.Fill(route);

        using var created = await client.PostAsync(path, SimulatorHttp.Json(samples.Fill(SampleRecords.ValidBodies[route])));
        var body = (await SimulatorHttp.ReadJsonAsync(created))!;
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, body.ToJsonString());
        var id = (int)body["id"]!;

        using var fetched = await client.GetAsync($"{path}/{id}");
        using var listed = await client.GetAsync($"{path}?conditions=id={id}");
        using var counted = await client.GetAsync($"{path}/count");
        using var patched = await client.PatchAsync($"{path}/{id}", SimulatorHttp.Json("""[{"op":"replace","path":"_info","value":{}}]"""));

        Assert.AreEqual(HttpStatusCode.OK, fetched.StatusCode);
        Assert.AreEqual(id, (int)(await SimulatorHttp.ReadJsonAsync(fetched))!["id"]!);
        Assert.HasCount(1, (await SimulatorHttp.ReadJsonAsync(listed))!.AsArray());
        Assert.IsGreaterThanOrEqualTo(1, (int)(await SimulatorHttp.ReadJsonAsync(counted))!["count"]!);
        Assert.AreEqual(HttpStatusCode.BadRequest, patched.StatusCode, "_info is not writable");
    }

    [TestMethod]
    [DynamicData(nameof(Routes))]
    public async Task Delete_EveryResource_Returns204ThenGet404ExceptMembers(string route)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var path = samples.Fill(route);
        using var created = await client.PostAsync(path, SimulatorHttp.Json(samples.Fill(SampleRecords.ValidBodies[route])));
        var id = (int)(await SimulatorHttp.ReadJsonAsync(created))!["id"]!;

        using var deleted = await client.DeleteAsync($"{path}/{id}");
        using var fetched = await client.GetAsync($"{path}/{id}");

        if (route == "system/members")
        {
            Assert.AreEqual(HttpStatusCode.MethodNotAllowed, deleted.StatusCode);
            Assert.AreEqual(HttpStatusCode.OK, fetched.StatusCode);
        }
        else
        {
            Assert.AreEqual(HttpStatusCode.NoContent, deleted.StatusCode);
            Assert.AreEqual(HttpStatusCode.NotFound, fetched.StatusCode);
        }
    }

    [TestMethod]
    public async Task Put_Company_ReplacesWholeRecord()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        using var created = await client.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"ACME","name":"Acme","city":"Athens"}"""));
        var id = (int)(await SimulatorHttp.ReadJsonAsync(created))!["id"]!;

        using var replaced = await client.PutAsync($"company/companies/{id}", SimulatorHttp.Json("""{"identifier":"ACME","name":"Acme Ltd","zip":"10431"}"""));
        var body = (await SimulatorHttp.ReadJsonAsync(replaced))!;

        Assert.AreEqual(HttpStatusCode.OK, replaced.StatusCode);
        Assert.AreEqual("Acme Ltd", (string?)body["name"]);
        Assert.IsNull(body["city"]);
        Assert.AreEqual(id, (int)body["id"]!);
    }

    [TestMethod]
    public async Task Post_DuplicateCatalogIdentifier_Returns400ObjectExists()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("procurement/catalog", SimulatorHttp.Json(
            """{"identifier":"archon users","description":"Again","customerDescription":"Again","subcategory":{"id":1},"type":{"id":1}}"""));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("catalogItem object is invalid", (string?)body["message"]);
        Assert.AreEqual("ObjectExists", (string?)body["errors"]![0]!["code"]);
    }

    [TestMethod]
    public async Task Post_CatalogItemWithoutRequiredFields_NamesEveryMissingField()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("procurement/catalog", SimulatorHttp.Json("""{"price":1}"""));
        var fields = (await SimulatorHttp.ReadJsonAsync(response))!["errors"]!.AsArray().Select(error => (string?)error!["field"]).ToArray();

        CollectionAssert.AreEquivalent(new[] { "identifier", "description", "subcategory", "type", "customerDescription" }, fields);
    }

    [TestMethod]
    public async Task Additions_ListUnderAgreement_ShowsOnlyThatAgreementsAdditionsWithProductShape()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var agreement = samples.Ids["agreement"];
        using var other = await client.PostAsync("finance/agreements", SimulatorHttp.Json(samples.Fill(SampleRecords.ValidBodies["finance/agreements"])));
        var otherId = (int)(await SimulatorHttp.ReadJsonAsync(other))!["id"]!;
        const string Addition = """{"product":{"id":1},"billCustomer":"Billable","quantity":7}""";
        (await client.PostAsync($"finance/agreements/{agreement}/additions", SimulatorHttp.Json(Addition))).Dispose();
        (await client.PostAsync($"finance/agreements/{otherId}/additions", SimulatorHttp.Json(Addition))).Dispose();

        using var response = await client.GetAsync($"finance/agreements/{agreement}/additions");
        var additions = (await SimulatorHttp.ReadJsonAsync(response))!.AsArray();

        Assert.HasCount(1, additions);
        Assert.AreEqual(agreement, (int)additions[0]!["agreementId"]!);
        Assert.AreEqual("Archon Users", (string?)additions[0]!["product"]!["identifier"]);
        Assert.AreEqual(2, simulator.Store.Count("finance/agreements/{parentId}/additions"));
    }

    [TestMethod]
    public async Task Post_AdditionUnderMissingAgreement_Returns404()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("finance/agreements/999/additions", SimulatorHttp.Json("""{"product":{"id":1},"billCustomer":"Billable"}"""));

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
    }

    [TestMethod]
    public async Task Post_Invoice_DefaultsStatusToNewWithIsClosedFromClosedFlag()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);

        var invoice = simulator.Store.Get("finance/invoices", samples.Ids["invoice"])!;

        Assert.AreEqual("New", (string?)invoice["status"]!["name"]);
        Assert.IsFalse((bool)invoice["status"]!["isClosed"]!);
        Assert.AreEqual("Acme Inc", (string?)invoice["company"]!["name"]);
    }

    [TestMethod]
    public async Task Get_SubcategoriesWithTrailingSlash_ListsSeededSubcategoriesLinkedToCategories()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("procurement/subcategories/?conditions=" + Uri.EscapeDataString("category/name=\"Managed Services\""));
        var names = (await SimulatorHttp.ReadJsonAsync(response))!.AsArray().Select(row => (string?)row!["name"]).ToArray();

        CollectionAssert.AreEquivalent(new[] { "Per User", "Per Device", "Backup" }, names);
    }

    [TestMethod]
    [DataRow("finance/agreements/types", "name=\"Managed Service\"")]
    [DataRow("procurement/types", "name=\"Fixed Cost Service\"")]
    [DataRow("procurement/catalog", "identifier=\"Archon Users\" and category/name=\"Managed Services\"")]
    [DataRow("finance/currencies", "currencyIdentifier in (\"USD\",\"EUR\",\"GBP\")")]
    [DataRow("finance/billingStatuses", "name=\"Paid\" and closedFlag=true")]
    [DataRow("sales/orders/statuses", "name=\"New\"")]
    [DataRow("procurement/unitOfMeasures", "name=\"Each\"")]
    [DataRow("system/members", "licenseClass=\"F\"")]
    public async Task List_SeededSetupTables_ContainTheSeedFacts(string route, string conditions)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync($"{route}?conditions=" + Uri.EscapeDataString(conditions));

        Assert.IsNotEmpty((await SimulatorHttp.ReadJsonAsync(response))!.AsArray());
    }

    [TestMethod]
    public async Task Get_SystemInfo_ReturnsVersion()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("system/info");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        // "v{year}.{release}.{build}": Connect-CWM (PowerShell ConnectWiseManageAPI) takes major.minor as the API version.
        Assert.StartsWith("v2026.4.", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["version"] ?? "");
    }

    [TestMethod]
    public async Task Post_Bundle_ReadsSeveralResourcesWithTheirOwnStatus()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        const string Bundle = """
            {"requests":[
              {"sequenceNumber":1,"version":"2026.4","resourceType":"companyStatus","apiRequest":{"filters":{"conditions":"name=\"Active\""},"page":{"page":1,"pageSize":25}}},
              {"sequenceNumber":2,"version":"2026.4","resourceType":"catalogItem","apiRequest":{"id":1,"fields":"id,identifier"}},
              {"sequenceNumber":3,"version":"2026.4","resourceType":"ticket","apiRequest":{}}
            ]}
            """;

        using var response = await client.PostAsync("system/bundles", SimulatorHttp.Json(Bundle));
        var results = (await SimulatorHttp.ReadJsonAsync(response))!["results"]!.AsArray();

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("Active", (string?)results[0]!["entities"]![0]!["name"]);
        Assert.AreEqual("Archon Users", (string?)results[1]!["entities"]![0]!["identifier"]);
        Assert.IsFalse((bool)results[2]!["success"]!);
        Assert.AreEqual(404, (int)results[2]!["statusCode"]!);
    }

    [TestMethod]
    public async Task Post_CompanyWithCompanyReferenceByIdentifier_ResolvesIt()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"ACME-EU","name":"Acme EU","city":"Springfield","parentCompany":{"identifier":"acme"}}"""));
        var parent = (await SimulatorHttp.ReadJsonAsync(response))!["parentCompany"]!;

        Assert.AreEqual(samples.Ids["company"], (int)parent["id"]!);
        Assert.AreEqual("Acme Inc", (string?)parent["name"]);
    }

    [TestMethod]
    public void Store_UnknownResource_ThrowsNamingTheKnownOnes()
    {
        var store = new SimulatorStore(TimeProvider.System, () => "/");

        var error = Assert.ThrowsExactly<ArgumentException>(() => store.Count("service/tickets"));

        Assert.Contains("company/companies", error.Message);
    }
}
