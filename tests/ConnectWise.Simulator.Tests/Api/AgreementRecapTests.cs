using System.Net;
using System.Text.Json.Nodes;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class AgreementRecapTests
{
    [TestMethod]
    public async Task GetList_AgreementInvoiced_RecapCarriesItsInvoiceDatesAndConditionsFilterIt()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var agreement = samples.Ids["agreement"];
        simulator.Store.Invoicing.Set(agreement, new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 31));

        using var listed = await client.GetAsync("finance/agreementrecap?conditions=" + Uri.EscapeDataString("name in (\"Acme Seats\") and companyName = \"Acme Inc\"") + "&pageSize=10");
        var recaps = (await SimulatorHttp.ReadJsonAsync(listed))!.AsArray();
        using var byId = await client.GetAsync($"finance/agreementrecap/{(int)recaps.Single()!["id"]!}");

        Assert.AreEqual(HttpStatusCode.OK, listed.StatusCode);
        Assert.AreEqual("2026-11-30T00:00:00Z", (string?)recaps.Single()!["lastInvoiceDate"]);
        Assert.AreEqual("2026-12-31T00:00:00Z", (string?)recaps.Single()!["nextInvoiceDate"]);
        Assert.AreEqual(agreement, (int)recaps.Single()!["id"]!, "the normal profile numbers a recap as its agreement");
        Assert.AreEqual(HttpStatusCode.OK, byId.StatusCode);
        Assert.AreEqual("2026-12-31T00:00:00Z", (string?)simulator.Store.Get("finance/agreements", agreement)!["nextInvoiceDate"], "the agreement's own nextInvoiceDate follows");
    }

    [TestMethod]
    public async Task GetList_StrictProfile_RecapHasItsOwnIdAndScreenDates()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict });
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        simulator.Store.Invoicing.Set(samples.Ids["agreement"], new DateOnly(2026, 11, 30), null);

        using var listed = await client.GetAsync("finance/agreementrecap?conditions=" + Uri.EscapeDataString("name = \"Acme Seats\""));
        var recap = (await SimulatorHttp.ReadJsonAsync(listed))!.AsArray().Single()!;

        Assert.AreNotEqual(samples.Ids["agreement"], (int)recap["id"]!);
        Assert.AreEqual("11/30/2026", (string?)recap["lastInvoiceDate"]);
        Assert.IsNull(recap["nextInvoiceDate"]);
    }

    [TestMethod]
    public async Task Post_Recap_Returns405()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("finance/agreementrecap", SimulatorHttp.Json("""{"name":"X"}"""));

        Assert.AreEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [TestMethod]
    [DataRow("2026-11-30T00:00:00Z", HttpStatusCode.BadRequest)]
    [DataRow("2026-11-15T00:00:00Z", HttpStatusCode.BadRequest)]
    [DataRow("2026-12-01T00:00:00Z", HttpStatusCode.Created)]
    public async Task PostAddition_EffectiveDateAgainstLastInvoiceDate_RefusedOnOrBefore(string effective, HttpStatusCode expected)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        simulator.Store.Invoicing.Set(samples.Ids["agreement"], new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 31));

        using var response = await client.PostAsync(samples.Fill("finance/agreements/{agreement}/additions"),
            SimulatorHttp.Json($$"""{"product":{"id":1},"billCustomer":"Billable","quantity":12,"effectiveDate":"{{effective}}"}"""));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(expected, response.StatusCode, body.ToJsonString());
        if (expected == HttpStatusCode.BadRequest)
        {
            Assert.AreEqual("effectiveDate", (string?)body["errors"]![0]!["field"]);
        }
    }

    [TestMethod]
    public async Task PatchAddition_CancelledDateInInvoicedPeriod_Returns400NamingTheFieldAndKeepsTheAddition()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);
        var samples = await SampleRecords.CreateAsync(client);
        var path = samples.Fill("finance/agreements/{agreement}/additions");
        using var created = await client.PostAsync(path, SimulatorHttp.Json("""{"product":{"id":1},"billCustomer":"Billable","quantity":12,"effectiveDate":"2026-01-01T00:00:00Z"}"""));
        var id = (int)(await SimulatorHttp.ReadJsonAsync(created))!["id"]!;
        simulator.Store.Invoicing.Set(samples.Ids["agreement"], new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 31));

        using var quantity = await client.PatchAsync($"{path}/{id}", SimulatorHttp.Json("""[{"op":"replace","path":"quantity","value":14}]"""));
        using var cancelled = await client.PatchAsync($"{path}/{id}", SimulatorHttp.Json("""[{"op":"replace","path":"cancelledDate","value":"2026-11-20T00:00:00Z"}]"""));
        var errors = (await SimulatorHttp.ReadJsonAsync(cancelled))!["errors"]!.AsArray();

        Assert.AreEqual(HttpStatusCode.OK, quantity.StatusCode, "a write that sets no date in the invoiced period is taken");
        Assert.AreEqual(HttpStatusCode.BadRequest, cancelled.StatusCode);
        Assert.AreEqual("cancelledDate", (string?)errors.Single()!["field"]);
        Assert.IsNull(simulator.Store.Get("finance/agreements/{parentId}/additions", id)!["cancelledDate"]);
    }
}
