using System.Net;
using System.Text.RegularExpressions;
using BssConnectWiseConnector.IntegrationTests.Support;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>The Check page's "Run conformance checks" form over plain HTTP, against the embedded simulator.</summary>
[TestClass]
public sealed partial class ConformancePageHttpTests
{
    private const string Path = "/instances/acme/check/conformance";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task RunConformance_WithoutSandboxBox_ShowsTheRefusalAndSendsNothing()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var simulator = web.App.Simulator!;
        await SimulatorInstance.ActivateAsync(web.Host.Services, simulator, "acme", Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var checkPage = await client.GetStringAsync("/instances/acme/check", Token);
        var requests = simulator.Requests.Count;

        var response = await PostAsync(client, checkPage, []);
        var page = await response.Content.ReadAsStringAsync(Token);

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        StringAssert.Contains(checkPage, "id=\"run-conformance\"");
        StringAssert.Contains(page, "id=\"conformance-refused\"");
        StringAssert.Contains(page, "runs only against a sandbox");
        StringAssert.Contains(page, "tick “This is a sandbox site”");
        Assert.DoesNotContain("id=\"conformance-rows\"", page);
        Assert.AreEqual(0, CompanyRequests(simulator, requests), "no request reached the company routes");
        Assert.AreEqual(requests, simulator.Requests.Count, "the refusal comes before any request");
    }

    [TestMethod]
    public async Task RunConformance_WithSandboxBox_ListsTheRowsAndDeletesEveryTestRecord()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var simulator = web.App.Simulator!;
        await SimulatorInstance.ActivateAsync(web.Host.Services, simulator, "acme", Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var checkPage = await client.GetStringAsync("/instances/acme/check", Token);
        var companies = simulator.Store.Count("company/companies");
        var requests = simulator.Requests.Count;

        var response = await PostAsync(client, checkPage, [new("sandbox", "on")]);
        var page = await response.Content.ReadAsStringAsync(Token);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, page);
        var outcomes = Outcome().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.IsGreaterThanOrEqualTo(14, outcomes.Count, page);
        Assert.AreEqual(outcomes.Count - 1, outcomes.Count(o => o == "held"), string.Join(", ", outcomes));
        Assert.AreEqual(1, outcomes.Count(o => o == "could not test"), "the normal profile cannot show which function granted a read");
        StringAssert.Contains(page, "The server supports API version");
        StringAssert.Contains(page, $"{outcomes.Count - 1} held, 0 differ, 1 could not be tested. Every test record was deleted.");
        Assert.DoesNotContain("id=\"conformance-leftovers\"", page);
        Assert.IsGreaterThan(0, CompanyRequests(simulator, requests), "the run reached the site");
        Assert.AreEqual(companies, simulator.Store.Count("company/companies"), "the test company was deleted");
        Assert.DoesNotContain(simulator.Options.PrivateKey, page);
        Assert.DoesNotContain(simulator.Options.ClientId, page);
    }

    [TestMethod]
    public async Task RunConformance_WithoutToken_IsRefusedBeforeAnyRequest()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var simulator = web.App.Simulator!;
        await SimulatorInstance.ActivateAsync(web.Host.Services, simulator, "acme", Token);
        using var client = new HttpClient { BaseAddress = web.App.Url };
        var requests = simulator.Requests.Count;

        var response = await client.PostAsync(Path, new FormUrlEncodedContent([new("sandbox", "on")]), Token);

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        StringAssert.Contains(await response.Content.ReadAsStringAsync(Token), "did not come from these pages");
        Assert.AreEqual(requests, simulator.Requests.Count);
    }

    private static int CompanyRequests(ConnectWiseSimulator simulator, int skip) =>
        simulator.Requests.Snapshot().Skip(skip).Count(r => r.Path.Contains("/company/", StringComparison.OrdinalIgnoreCase));

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string pageWithForm, KeyValuePair<string, string>[] fields)
    {
        var token = TokenField().Match(pageWithForm).Groups[1].Value;
        Assert.IsFalse(string.IsNullOrEmpty(token), "the page's forms carry a token");
        return client.PostAsync(Path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]), Token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<span class=\"badge sev\">([^<]+)</span>")]
    private static partial Regex Outcome();
}
