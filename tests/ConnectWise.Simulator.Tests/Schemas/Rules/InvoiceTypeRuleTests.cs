using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Schemas.Rules;

[TestClass]
public sealed class InvoiceTypeRuleTests
{
    private static async Task<int> CompanyAsync(HttpClient client) => (int)(await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme"))["id"]!;

    private static async Task<int> InvoiceAsync(HttpClient client, int company, string type = "Miscellaneous")
    {
        using var response = await client.PostAsync("finance/invoices", SimulatorHttp.Json($$"""{"type":"{{type}}","company":{"id":{{company}}},"reference":"INV-1"}"""));
        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode, await response.Content.ReadAsStringAsync());
        return (int)(await SimulatorHttp.ReadJsonAsync(response))!["id"]!;
    }

    [TestMethod]
    [DataRow("Agreement", SimulatorProfile.Normal)]
    [DataRow("Progress", SimulatorProfile.Normal)]
    [DataRow("progress", SimulatorProfile.Strict)]
    [DataRow("Consolidated", SimulatorProfile.Strict)]
    public async Task Post_InvoiceOfATypeOnlyConnectWiseMakes_Returns400NamingType(string type, SimulatorProfile profile)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = profile });
        using var client = SimulatorHttp.Client(simulator);
        var company = await CompanyAsync(client);
        var before = simulator.Store.Count("finance/invoices");

        using var response = await client.PostAsync("finance/invoices", SimulatorHttp.Json($$$"""{"type":"{{{type}}}","company":{"id":{{{company}}}}}"""));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("InvalidObject", (string?)body["code"]);
        Assert.AreEqual("type", (string?)body["errors"]![0]!["field"]);
        Assert.AreEqual(before, simulator.Store.Count("finance/invoices"));
    }

    [TestMethod]
    [DataRow("Standard")]
    [DataRow("Miscellaneous")]
    [DataRow("CreditMemo")]
    [DataRow("DownPayment")]
    public async Task Post_InvoiceOfACreatableType_Returns201(string type)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict });
        using var client = SimulatorHttp.Client(simulator);

        await InvoiceAsync(client, await CompanyAsync(client), type);
    }

    [TestMethod]
    [DataRow(SimulatorProfile.Normal)]
    [DataRow(SimulatorProfile.Strict)]
    public async Task Patch_InvoiceType_Returns400AndKeepsTheType(SimulatorProfile profile)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = profile });
        using var client = SimulatorHttp.Client(simulator);
        var id = await InvoiceAsync(client, await CompanyAsync(client));

        using var response = await client.PatchAsync($"finance/invoices/{id}", SimulatorHttp.Json("""[{"op":"replace","path":"type","value":"CreditMemo"}]"""));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("type", (string?)body["errors"]![0]!["field"]);
        Assert.AreEqual("Miscellaneous", (string?)simulator.Store.Get("finance/invoices", id)!["type"]);
    }

    [TestMethod]
    public async Task Patch_InvoiceTypeToTheSameValue_IsAccepted()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var id = await InvoiceAsync(client, await CompanyAsync(client));

        using var response = await client.PatchAsync($"finance/invoices/{id}", SimulatorHttp.Json("""[{"op":"replace","path":"type","value":"miscellaneous"},{"op":"replace","path":"reference","value":"INV-2"}]"""));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    [DataRow(SimulatorProfile.Normal, HttpStatusCode.OK)]
    [DataRow(SimulatorProfile.Strict, HttpStatusCode.BadRequest)]
    public async Task Patch_InvoiceCompany_RefusedInTheStrictProfileOnly(SimulatorProfile profile, HttpStatusCode expected)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = profile });
        using var client = SimulatorHttp.Client(simulator);
        var first = await CompanyAsync(client);
        var other = (int)(await SimulatorHttp.CreateCompanyAsync(client, "OTHER", "Other"))["id"]!;
        var id = await InvoiceAsync(client, first);

        using var response = await client.PatchAsync($"finance/invoices/{id}", SimulatorHttp.Json($$$"""[{"op":"replace","path":"company","value":{"id":{{{other}}}}}]"""));

        Assert.AreEqual(expected, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual(expected == HttpStatusCode.OK ? other : first, (int)simulator.Store.Get("finance/invoices", id)!["company"]!["id"]!);
    }
}
