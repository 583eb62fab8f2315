using System.Net;
using System.Text.RegularExpressions;
using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host;
using Bss.IntegrationFramework.Host.Plans;
using Bss.IntegrationFramework.Host.Web;
using BssConnectWiseConnector.IntegrationTests.Plans;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>The Plan page over plain HTTP: totals, a table per customer, approve and reject behind the anti-forgery token.</summary>
[TestClass]
public sealed partial class PlanPageHttpTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task PlanPage_PendingPlan_ShowsTotalsAndATablePerCustomerWithForms()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        var planId = await SaveAsync(web, instance.Id);
        using var client = new HttpClient { BaseAddress = web.App.Url };

        var page = await client.GetStringAsync("/instances/acme/plan", Token);

        StringAssert.Contains(page, $"Plan {planId}: Pending");
        StringAssert.Contains(page, "id=\"total-mrr\">&#x2B;5.50<", "+10.00 and -4.50");
        StringAssert.Contains(page, "id=\"total-customers\">2<");
        StringAssert.Contains(page, "Contoso Branch 1");
        StringAssert.Contains(page, "10 → 12");
        StringAssert.Contains(page, "id=\"approve-all\"");
        StringAssert.Contains(page, "Approve Contoso Branch 2");
        Assert.IsGreaterThanOrEqualTo(6, TokenField().Count(page), "every form carries the token");
        StringAssert.Contains(page, "aria-current=\"page\">Plan<");
    }

    [TestMethod]
    public async Task PlanPage_ComputeThenApproveOneCustomer_OnlyItsSeatsAreWrittenToTheSimulator()
    {
        await using var h = await PlanHarness.StartAsync(Token);
        await h.SeatsAsync(12, 7, Token);
        using var services = await HostServices.OpenAsync(new HostSettings { DatabasePath = h.Cli.Folder.DatabasePath, AllowLoopbackHttp = true }, Token);
        await using var app = await SettingsWebApp.StartAsync(services, new WebAppOptions { Url = "http://127.0.0.1:0" }, Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = app.Url };

        var computed = await PostAsync(client, "/instances/acme/plan/compute", await client.GetStringAsync("/instances/acme/plan", Token), []);
        var page = await computed.Content.ReadAsStringAsync(Token);
        var planId = PlanHeading().Match(page).Groups[1].Value;
        var writesBefore = h.Cli.Simulator.Requests.WriteCount;
        var approved = await PostAsync(client, "/instances/acme/plan/approve", page, [new("plan", planId), new("customer", "ACC-0001")]);
        var body = await approved.Content.ReadAsStringAsync(Token);

        Assert.AreEqual(HttpStatusCode.OK, computed.StatusCode, page);
        Assert.AreEqual(0, writesBefore, "computing a plan writes nothing");
        StringAssert.Contains(page, "id=\"total-customers\">2<");
        Assert.AreEqual(HttpStatusCode.OK, approved.StatusCode, body);
        StringAssert.Contains(body, "1 change applied");
        Assert.AreEqual(12m, (decimal?)h.AdditionOf("Contoso Branch 1")["quantity"]);
        Assert.AreEqual(10m, (decimal?)h.AdditionOf("Contoso Branch 2")["quantity"], "the other customer still waits");
        Assert.AreEqual(PlanStatus.PartlyDecided, (await new PlanStore(services.Database).GetAsync((await services.Instances.GetAsync("acme", Token)).Id, long.Parse(planId, System.Globalization.CultureInfo.InvariantCulture), Token)).Status);
    }

    [TestMethod]
    public async Task PlanPage_RejectOneCustomer_OnlyItsChangesAreRejected()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        var planId = await SaveAsync(web, instance.Id);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var page = await client.GetStringAsync("/instances/acme/plan", Token);

        var rejected = await PostAsync(client, "/instances/acme/plan/reject", page, [new("plan", planId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("customer", "ACC-0002")]);
        var body = await rejected.Content.ReadAsStringAsync(Token);

        Assert.AreEqual(HttpStatusCode.OK, rejected.StatusCode, body);
        StringAssert.Contains(body, "1 change rejected; nothing was written.");
        var plan = await new PlanStore(web.Host.Services.Database).GetAsync(instance.Id, planId, Token);
        Assert.AreEqual(PlanStatus.PartlyDecided, plan.Status);
        Assert.AreEqual(PlanStatus.Rejected, plan.Items.Single(i => i.Billing.CustomerId == "ACC-0002").Status);
        Assert.AreEqual(PlanStatus.Pending, plan.Items.Single(i => i.Billing.CustomerId == "ACC-0001").Status);
    }

    [TestMethod]
    public async Task PlanPage_ApproveAPlanWhoseRecordsAreGone_RefusedOnThePageWithWhatChanged()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        var planId = await SaveAsync(web, instance.Id);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var page = await client.GetStringAsync("/instances/acme/plan", Token);

        var approved = await PostAsync(client, "/instances/acme/plan/approve", page, [new("plan", planId.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var body = await approved.Content.ReadAsStringAsync(Token);

        Assert.AreEqual(HttpStatusCode.Conflict, approved.StatusCode, body);
        StringAssert.Contains(body, "id=\"plan-refusal\"");
        StringAssert.Contains(body, "Subscriptions SUB-1 (Contoso Branch 1): the record is no longer in the BSS.");
        Assert.AreEqual(PlanStatus.Pending, (await new PlanStore(web.Host.Services.Database).GetAsync(instance.Id, planId, Token)).Status);
    }

    [TestMethod]
    public async Task PlanPage_PostWithoutToken_IsRefusedAndDecidesNothing()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        var planId = await SaveAsync(web, instance.Id);
        using var client = new HttpClient { BaseAddress = web.App.Url };

        var posted = await client.PostAsync("/instances/acme/plan/reject", new FormUrlEncodedContent([new("plan", planId.ToString(System.Globalization.CultureInfo.InvariantCulture))]), Token);

        Assert.AreEqual(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.AreEqual(PlanStatus.Pending, (await new PlanStore(web.Host.Services.Database).GetAsync(instance.Id, planId, Token)).Status);
    }

    // Two customers of the sample accounts: +10.00 and -4.50 a month.
    private async Task<long> SaveAsync(WebAppUnderTest web, long instanceId) =>
        await new PlanStore(web.Host.Services.Database).SaveAsync(instanceId, null, PlanOrigins.Requested,
        [
            Item("SUB-1", "ACC-0001", "Contoso Branch 1", 10, 12, 10.00m),
            Item("SUB-2", "ACC-0002", "Contoso Branch 2", 9, 8, -4.50m),
        ], Token);

    private static PlanItem Item(string id, string customer, string name, decimal before, decimal after, decimal mrr) => new()
    {
        Module = BssModules.Subscriptions,
        BssId = id,
        RecordHash = "hash-" + id,
        Outcome = nameof(PushOutcome.Updated),
        CustomerName = name,
        Billing = new BillingImpact
        {
            CustomerId = customer,
            AgreementId = "7",
            AgreementName = "agreement #7",
            Product = "Managed seat",
            SeatsBefore = before,
            SeatsAfter = after,
            UnitPriceBefore = 5.00m,
            UnitPriceAfter = 5.00m,
            UnitCostBefore = 2.00m,
            UnitCostAfter = 2.00m,
            MonthlyRevenueChange = mrr,
            MonthlyCostChange = mrr / 2.5m,
            EffectiveDate = new DateOnly(2026, 12, 2),
            Reason = "Seats change.",
            Basis = "addition #1: 10 seats at 5.00 (cost 2.00)",
        },
    };

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string pageWithForm, KeyValuePair<string, string>[] fields)
    {
        var token = TokenField().Match(pageWithForm).Groups[1].Value;
        Assert.IsFalse(string.IsNullOrEmpty(token), "the page's forms carry a token");
        return client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]), Token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("Plan ([0-9]+): Pending")]
    private static partial Regex PlanHeading();
}
