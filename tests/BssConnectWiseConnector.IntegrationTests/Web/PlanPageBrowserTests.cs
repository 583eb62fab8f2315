using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Plans;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>The Plan page in headless Chromium: read the plan, reject one customer; photographed (docs/screens/plan.png).</summary>
[TestClass]
public sealed class PlanPageBrowserTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public async Task Administrator_ReadsThePlanAndRejectsOneCustomer_TheOtherStillWaits()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        await using var browser = await ChromiumBrowser.LaunchAsync(Token);
        var page = await browser.NewPageAsync(Token);
        await page.SetViewportAsync(1280, 900, Token);
        var shots = new Screenshots(TestContext);
        var instance = await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        var store = new PlanStore(web.Host.Services.Database);
        await store.SetPolicyAsync(instance.Id, new ApprovalPolicy(ApprovalMode.Threshold, 50m), Token);
        var planId = await store.SaveAsync(instance.Id, 4, PlanOrigins.Held,
        [
            Item("SUB-1", "ACC-0001", "Contoso Branch 1", 10, 25, "Seats 10 → 25."),
            Item("SUB-2", "ACC-0002", "Contoso Branch 2", 40, 0, "Cancelled: 40 seats stop billing."),
        ], Token);

        await page.NavigateAsync(web.Page("/instances/acme/plan"), Token);
        Assert.AreEqual("Threshold (50 a month per customer)", await page.TextAsync("document.querySelector('#approval-mode').textContent", Token));
        Assert.AreEqual("-125.00", await page.TextAsync("document.querySelector('#total-mrr').textContent", Token), "+75.00 and -200.00");
        Assert.AreEqual(2, (await page.EvaluateAsync("document.querySelectorAll('main section table tbody tr').length", Token)).GetInt32());
        await shots.SaveAsync(page, "plan", Token);

        await page.ClickAndWaitAsync("#reject-ACC-0002", Token);

        StringAssert.Contains(await page.TextAsync("document.querySelector('#plan-notice').textContent", Token), "1 change rejected");
        Assert.IsTrue(await page.TrueAsync("!!document.querySelector('#approve-ACC-0001') && !document.querySelector('#approve-ACC-0002')", Token), "only the waiting customer can still be approved");
        var plan = await store.GetAsync(instance.Id, planId, Token);
        Assert.AreEqual(PlanStatus.PartlyDecided, plan.Status);
        await page.SetViewportAsync(360, 780, Token);
        await page.NavigateAsync(web.Page("/instances/acme/plan"), Token);
        Assert.IsTrue(await page.TrueAsync("document.documentElement.scrollWidth <= window.innerWidth", Token), "the plan fits 360 px (tables scroll in their box)");
        Assert.IsEmpty(page.Errors, string.Join(Environment.NewLine, page.Errors));
    }

    private static PlanItem Item(string id, string customer, string name, decimal before, decimal after, string reason) => new()
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
            MonthlyRevenueChange = (after - before) * 5.00m,
            MonthlyCostChange = (after - before) * 2.00m,
            EffectiveDate = new DateOnly(2026, 12, 2),
            Reason = reason,
            Basis = $"addition #{id}: {before} seats at 5.00 (cost 2.00)",
        },
    };
}
