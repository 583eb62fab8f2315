using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Schemas.Rules;

[TestClass]
public sealed class PaymentTypeRuleTests
{
    private static async Task<int> InvoiceAsync(HttpClient client)
    {
        var company = (int)(await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme"))["id"]!;
        using var response = await client.PostAsync("finance/invoices", SimulatorHttp.Json($$"""{"type":"Miscellaneous","company":{"id":{{company}}},"reference":"INV-1"}"""));
        return (int)(await SimulatorHttp.ReadJsonAsync(response))!["id"]!;
    }

    private static Task<HttpResponseMessage> PayAsync(HttpClient client, int invoice, string type) =>
        client.PostAsync($"finance/invoices/{invoice}/payments", SimulatorHttp.Json($$"""{"type":"{{type}}","amount":10,"paymentDate":"2026-04-02T00:00:00Z"}"""));

    [TestMethod]
    public async Task Post_UnlistedTypeInTheNormalProfile_IsAccepted()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await PayAsync(client, await InvoiceAsync(client), "CreditCard");

        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Post_UnlistedTypeInTheStrictProfile_Returns400NamingTypeAndTheAcceptedValues()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict });
        using var client = SimulatorHttp.Client(simulator);
        var invoice = await InvoiceAsync(client);

        using var response = await PayAsync(client, invoice, "CreditCard");
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("type", (string?)body["errors"]![0]!["field"]);
        Assert.Contains("Payment, Credit", (string)body["errors"]![0]!["message"]!);
        Assert.IsFalse(simulator.Store.All("finance/invoices/{parentId}/payments").Any(p => (int?)p["invoice"]?["id"] == invoice));
    }

    [TestMethod]
    public async Task Post_ConfiguredTypeInTheStrictProfile_IsAccepted()
    {
        var options = new SimulatorOptions { Profile = SimulatorProfile.Strict };
        options.PaymentTypes.Clear();
        options.PaymentTypes.Add("Card");
        await using var simulator = await ConnectWiseSimulator.StartAsync(options);
        using var client = SimulatorHttp.Client(simulator);

        using var response = await PayAsync(client, await InvoiceAsync(client), "card");

        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task StartAsync_StrictProfile_SeedsAHandEnteredPaymentOfAnAcceptedTypeOnAKnownInvoice()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict });
        using var client = SimulatorHttp.Client(simulator);

        using var invoices = await client.GetAsync($"finance/invoices?conditions=reference=\"{SeededSamples.HandEnteredPaymentInvoiceReference}\"");
        var invoice = (await SimulatorHttp.ReadJsonAsync(invoices))!.AsArray().Single()!;
        using var payments = await client.GetAsync($"finance/invoices/{(int)invoice["id"]!}/payments");
        var payment = (await SimulatorHttp.ReadJsonAsync(payments))!.AsArray().Single()!;

        Assert.AreEqual("Payment", (string?)payment["type"]);
        Assert.AreEqual(SeededSamples.HandEnteredPaymentCompanyIdentifier, (string?)simulator.Store.Get("company/companies", (int)invoice["company"]!["id"]!)!["identifier"]);
    }

    [TestMethod]
    public async Task StartAsync_NormalProfile_SeedsNoSampleInvoice()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();

        Assert.AreEqual(0, simulator.Store.Count("finance/invoices"));
        Assert.AreEqual(0, simulator.Store.Count("company/companies"));
    }
}
