using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Schemas.Rules;

[TestClass]
public sealed class ContactDefaultFlagRuleTests
{
    private const string TwoDefaultPhones = """
        {"firstName":"Jane","lastName":"Doe","communicationItems":[
          {"type":{"name":"Direct"},"value":"555-0100","communicationType":"Phone","defaultFlag":true},
          {"type":{"name":"Mobile"},"value":"555-0101","communicationType":"Phone","defaultFlag":true},
          {"type":{"name":"Email"},"value":"jane@acme.test","communicationType":"Email","defaultFlag":true}]}
        """;

    [TestMethod]
    [DataRow(SimulatorProfile.Normal, HttpStatusCode.Created)]
    [DataRow(SimulatorProfile.Strict, HttpStatusCode.BadRequest)]
    public async Task Post_TwoDefaultPhones_RefusedInTheStrictProfileOnly(SimulatorProfile profile, HttpStatusCode expected)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = profile });
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("company/contacts", SimulatorHttp.Json(TwoDefaultPhones));

        Assert.AreEqual(expected, response.StatusCode, await response.Content.ReadAsStringAsync());
        if (expected == HttpStatusCode.BadRequest)
        {
            var error = (await SimulatorHttp.ReadJsonAsync(response))!["errors"]![0]!;
            Assert.AreEqual("communicationItems", (string?)error["field"]);
            Assert.Contains("Phone", (string)error["message"]!);
        }
    }

    [TestMethod]
    public async Task Patch_ItemsWithOneDefaultPerType_AcceptedInTheStrictProfile()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict });
        using var client = SimulatorHttp.Client(simulator);
        using var created = await client.PostAsync("company/contacts", SimulatorHttp.Json("""{"firstName":"Jane","lastName":"Doe"}"""));
        var id = (int)(await SimulatorHttp.ReadJsonAsync(created))!["id"]!;

        using var response = await client.PatchAsync($"company/contacts/{id}", SimulatorHttp.Json("""
            [{"op":"replace","path":"communicationItems","value":[
              {"type":{"name":"Direct"},"value":"555-0100","communicationType":"Phone","defaultFlag":true},
              {"type":{"name":"Mobile"},"value":"555-0101","communicationType":"Phone","defaultFlag":false}]}]
            """));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
