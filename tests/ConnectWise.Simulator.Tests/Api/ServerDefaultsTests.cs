using System.Net;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class ServerDefaultsTests
{
    [TestMethod]
    public async Task Post_Agreement_TakesBillingSettingsFromItsType()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);

        var agreement = simulator.Store.Get("finance/agreements", samples.Ids["agreement"])!;

        Assert.AreEqual("Billable", (string?)agreement["billTime"]);
        Assert.AreEqual("CalendarYear", (string?)agreement["invoicingCycle"]);
        Assert.AreEqual("Managed Service", (string?)agreement["type"]!["name"]);
    }

    [TestMethod]
    public async Task Post_AgreementWithoutCancelledFlag_StoredFalseAndFoundByFalse()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var id = samples.Ids["agreement"];

        using var response = await client.GetAsync($"finance/agreements?conditions={Uri.EscapeDataString("cancelledFlag = false")}");
        var found = (await SimulatorHttp.ReadJsonAsync(response))!.AsArray().Select(a => (int?)a!["id"]).ToArray();

        Assert.IsFalse((bool?)simulator.Store.Get("finance/agreements", id)!["cancelledFlag"]);
        CollectionAssert.Contains(found, id);
    }

    [TestMethod]
    public async Task Put_AgreementWithoutFieldsRequiredOnUpdates_Returns400NamingThem()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var id = samples.Ids["agreement"];

        using var response = await client.PutAsync($"finance/agreements/{id}", SimulatorHttp.Json(samples.Fill(SampleRecords.ValidBodies["finance/agreements"])));
        var fields = (await SimulatorHttp.ReadJsonAsync(response))!["errors"]!.AsArray().Select(error => (string?)error!["field"]).ToArray();

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        CollectionAssert.AreEquivalent(new[] { "employeeCompRate", "invoicingCycle", "billTime", "billExpenses", "billProducts" }, fields);
    }

    [TestMethod]
    public async Task Put_RoundTrippedAgreement_Succeeds()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var id = samples.Ids["agreement"];
        var current = (await SimulatorHttp.ReadJsonAsync(await client.GetAsync($"finance/agreements/{id}")))!.AsObject();
        current["name"] = "Renamed";

        using var response = await client.PutAsync($"finance/agreements/{id}", SimulatorHttp.Json(current.ToJsonString()));

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, await response.Content.ReadAsStringAsync());
        Assert.AreEqual("Renamed", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["name"]);
    }

    [TestMethod]
    public async Task Post_InvoiceWithoutNumber_IsNumberedByConnectWise()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);

        using var response = await client.PostAsync("finance/invoices", SimulatorHttp.Json(samples.Fill("""{"type":"Standard","company":{"id":{company}}}""")));
        var invoice = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(((int)invoice["id"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), (string?)invoice["invoiceNumber"]);
        Assert.AreEqual(1, (int)invoice["locationId"]!);
    }

    [TestMethod]
    public async Task Post_ProductLine_TakesCustomerDescriptionFromCatalogItem()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);

        using var response = await client.PostAsync("procurement/products", SimulatorHttp.Json(samples.Fill(SampleRecords.ValidBodies["procurement/products"])));
        var line = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual("Zorus Archon per-user protection", (string?)line["customerDescription"]);
        Assert.AreEqual(samples.Ids["order"], (int)line["salesOrder"]!["id"]!);
    }

    [TestMethod]
    public async Task Post_AgreementWithOwnBillTime_KeepsIt()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var body = JsonNode.Parse(samples.Fill(SampleRecords.ValidBodies["finance/agreements"]))!.AsObject();
        body["billTime"] = "NoCharge";

        using var response = await client.PostAsync("finance/agreements", SimulatorHttp.Json(body.ToJsonString()));

        Assert.AreEqual("NoCharge", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["billTime"]);
    }
}
