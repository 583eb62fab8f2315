using System.Globalization;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>
/// The Link customer page in headless Chromium: a type-ahead search of companies a page of 25 at a time (one request
/// per page), the refusal of a company linked to another account, then a link with a contact and a price per seat and
/// its summary; photographed (docs/screens/link.png).
/// </summary>
[TestClass]
public sealed class LinkPageBrowserTests
{
    private const string Companies = "company/companies";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(180_000, CooperativeCancellation = true)]
    public async Task Administrator_SearchesChoosesAndLinks_SummaryShowsTheContactAndPrice()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        await using var browser = await ChromiumBrowser.LaunchAsync(Token);
        var page = await browser.NewPageAsync(Token);
        await page.SetViewportAsync(1280, 900, Token);
        var shots = new Screenshots(TestContext);
        var simulator = web.App.Simulator!;
        var instance = await SimulatorInstance.ActivateAsync(web.Host.Services, simulator, "acme", Token);
        var northwind = 0;
        for (var i = 1; i <= 30; i++)
        {
            var id = simulator.Store.Add(Companies, new JsonObject { ["identifier"] = $"NW{i:D2}", ["name"] = $"Northwind Traders {i:D2}" });
            northwind = i == 1 ? id : northwind;
        }

        var contoso = simulator.Store.Add(Companies, new JsonObject { ["identifier"] = "CONTOSO-HQ", ["name"] = "Contoso Holdings" });
        var billing = simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Pat", ["lastName"] = "Billing", ["defaultFlag"] = true, ["company"] = new JsonObject { ["id"] = contoso } });
        var chosen = simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Chris", ["lastName"] = "Chosen", ["company"] = new JsonObject { ["id"] = contoso } });
        await web.Host.Services.LinksOf(instance).SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-0002", northwind.ToString(CultureInfo.InvariantCulture), null, DateTimeOffset.UnixEpoch), Token);

        await page.NavigateAsync(web.Page("/instances/acme/link?account=ACC-0001"), Token);
        simulator.Requests.Clear();
        await page.FillAsync("#company-search", "northwind", Token);
        await page.WaitForAsync("document.querySelectorAll('#company-results li').length === 25", "the first page of the type-ahead", Token);
        Assert.AreEqual(1, SearchRequests(simulator, "northwind"), "one request for 25 companies");
        await page.EvaluateAsync("document.querySelector('#company-more').click()", Token);
        await page.WaitForAsync("document.querySelectorAll('#company-results li').length === 30", "the second page", Token);
        Assert.AreEqual(2, SearchRequests(simulator, "northwind"), "one more for the next page");
        Assert.IsFalse(await page.TrueAsync("!!document.querySelector('#company-more')", Token), "the last page offers no more");
        StringAssert.Contains(await page.TextAsync("document.querySelector('#company-results li').textContent", Token), "linked to BSS account ACC-0002");

        await page.ClickAndWaitAsync($"#company-results a[data-company='{northwind}']", Token);
        await page.ClickAndWaitAsync("#link-submit", Token);
        var conflict = await page.TextAsync("document.querySelector('#link-error').textContent", Token);
        StringAssert.StartsWith(conflict.Trim(), "Conflict:");
        StringAssert.Contains(conflict, "'ACC-0002' (Contoso Branch 2)");
        StringAssert.Contains(conflict, "'ACC-0001' (Contoso Branch 1)");

        await page.FillAsync("#company-search", "contoso", Token);
        await page.WaitForAsync($"!!document.querySelector(\"#company-results a[data-company='{contoso}']\")", "Contoso in the type-ahead", Token);
        await page.ClickAndWaitAsync($"#company-results a[data-company='{contoso}']", Token);
        CollectionAssert.AreEqual(
            new[] { string.Empty, billing.ToString(CultureInfo.InvariantCulture), chosen.ToString(CultureInfo.InvariantCulture) },
            (await page.TextAsync("[...document.querySelectorAll('#contact option')].map(o => o.value).join('|')", Token)).Split('|'),
            "the company's contacts, the default one first");
        await page.FillAsync("#contact", chosen.ToString(CultureInfo.InvariantCulture), Token);
        await page.FillAsync("#price", "12.50", Token);
        await shots.SaveAsync(page, "link", Token);
        await page.ClickAndWaitAsync("#link-submit", Token);

        Assert.AreEqual($"#{contoso} CONTOSO-HQ (Contoso Holdings)", (await page.TextAsync("document.querySelector('#summary-company').textContent", Token)).Trim());
        Assert.AreEqual($"#{chosen} Chris Chosen", await page.TextAsync("document.querySelector('#summary-contact').textContent", Token));
        Assert.AreEqual("12.50", await page.TextAsync("document.querySelector('#summary-price').textContent", Token));
        StringAssert.Contains(await page.TextAsync("document.querySelector('#summary-next-push').textContent", Token), "identifier 'CONTOSO-HQ' → 'CUST0001'");
        var links = await web.Host.Services.LinksOf(instance).GetManyAsync(BssModules.Accounts, ["ACC-0001"], Token);
        Assert.AreEqual(contoso.ToString(CultureInfo.InvariantCulture), links["ACC-0001"].RemoteId);
        Assert.AreEqual(0, simulator.Requests.WriteCount, "linking writes nothing to ConnectWise");

        await page.SetViewportAsync(360, 780, Token);
        await page.NavigateAsync(web.Page("/instances/acme/link?account=ACC-0001&q=northwind"), Token);
        Assert.IsTrue(await page.TrueAsync("document.documentElement.scrollWidth <= window.innerWidth", Token), "the page fits 360 px");
        Assert.IsEmpty(page.Errors, string.Join(Environment.NewLine, page.Errors));
    }

    private static int SearchRequests(ConnectWise.Simulator.ConnectWiseSimulator simulator, string text) =>
        simulator.Requests.Snapshot().Count(r => r.Method == "GET" && r.Path.EndsWith(Companies, StringComparison.Ordinal) && Uri.UnescapeDataString(r.Query).Contains(text, StringComparison.Ordinal));
}
