using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class PatchApplierTests
{
    [TestMethod]
    [DataRow(SimulatorProfile.Normal, HttpStatusCode.OK)]
    [DataRow(SimulatorProfile.Strict, HttpStatusCode.BadRequest)]
    public async Task Patch_ReplaceWithNullValue_ClearsInNormalAndIsRefusedInStrict(SimulatorProfile profile, HttpStatusCode expected)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = profile });
        using var client = SimulatorHttp.Client(simulator);
        var id = (int)(await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme"))["id"]!;
        await client.PatchAsync($"company/companies/{id}", SimulatorHttp.Json("""[{"op":"replace","path":"website","value":"acme.test"}]"""));

        using var response = await client.PatchAsync($"company/companies/{id}", SimulatorHttp.Json("""[{"op":"replace","path":"name","value":"Acme 2"},{"op":"replace","path":"website","value":null}]"""));

        Assert.AreEqual(expected, response.StatusCode, await response.Content.ReadAsStringAsync());
        var stored = simulator.Store.Get("company/companies", id)!;
        if (expected == HttpStatusCode.OK)
        {
            Assert.IsNull(stored["website"]);
        }
        else
        {
            // Refused whole: not even the name changed.
            Assert.AreEqual("website", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["errors"]![0]!["field"]);
            Assert.AreEqual("acme.test", (string?)stored["website"]);
            Assert.AreEqual("Acme", (string?)stored["name"]);
        }
    }

    [TestMethod]
    [DataRow(SimulatorProfile.Normal)]
    [DataRow(SimulatorProfile.Strict)]
    public async Task Patch_RemoveOperation_ClearsTheFieldInBothProfiles(SimulatorProfile profile)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = profile });
        using var client = SimulatorHttp.Client(simulator);
        var id = (int)(await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme"))["id"]!;
        await client.PatchAsync($"company/companies/{id}", SimulatorHttp.Json("""[{"op":"replace","path":"website","value":"acme.test"}]"""));

        using var response = await client.PatchAsync($"company/companies/{id}", SimulatorHttp.Json("""[{"op":"remove","path":"website"}]"""));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.IsNull(simulator.Store.Get("company/companies", id)!["website"]);
    }
}
