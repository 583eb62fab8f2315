using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Schemas.Rules;

[TestClass]
public sealed class CompanyAddressRuleTests
{
    [TestMethod]
    [DataRow(SimulatorProfile.Normal)]
    [DataRow(SimulatorProfile.Strict)]
    public async Task Post_CompanyWithoutAnyAddressField_Returns400AndStoresNothing(SimulatorProfile profile)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = profile });
        var before = simulator.Store.Count("company/companies");
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"NOADDR","name":"No Address","addressLine1":" "}"""));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("InvalidObject", (string?)body["code"]);
        Assert.AreEqual("addressLine1", (string?)body["errors"]![0]!["field"]);
        Assert.Contains("At least one address field is required", (string)body["errors"]![0]!["message"]!);
        Assert.AreEqual(before, simulator.Store.Count("company/companies"));
    }

    [TestMethod]
    [DataRow("""{"identifier":"C1","name":"C","zip":"10431"}""")]
    [DataRow("""{"identifier":"C1","name":"C","country":{"id":3}}""")]
    [DataRow("""{"identifier":"C1","name":"C","state":"FL"}""")]
    public async Task Post_CompanyWithOneAddressField_Returns201(string json)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json(json));

        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Patch_RemovingTheLastAddressFields_Returns400AndKeepsTheRecord()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var id = (int)(await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme"))["id"]!;

        using var response = await client.PatchAsync($"company/companies/{id}", SimulatorHttp.Json("""[{"op":"remove","path":"city"},{"op":"remove","path":"country"}]"""));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("Springfield", (string?)simulator.Store.Get("company/companies", id)!["city"]);
    }
}
