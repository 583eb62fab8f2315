using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bss.IntegrationFramework.Host.Instances;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>The settings pages over plain HTTP: no secret in any answer, tokens required, loopback only.</summary>
[TestClass]
public sealed partial class WebPagesHttpTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task EveryPageAndJsonAnswer_NeverContainsASecret()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var simulator = web.App.Simulator!;
        await SimulatorInstance.ActivateAsync(web.Host.Services, simulator, "acme", Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var bodies = new List<string>();
        foreach (var path in new[] { "/", "/instances/acme/settings", "/instances/acme/options", "/instances/acme/lookups", "/instances/acme/lookups/discover.json", "/instances/acme/check", "/instances/acme/sync", "/instances/acme/report", "/instances/acme/alerts" })
        {
            var response = await client.GetAsync(path, Token);
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, path);
            bodies.Add(await response.Content.ReadAsStringAsync(Token));
        }

        var checkPage = await PostAsync(client, "/instances/acme/check", bodies[5], [], Token);
        Assert.AreEqual(HttpStatusCode.OK, checkPage.StatusCode);
        bodies.Add(await checkPage.Content.ReadAsStringAsync(Token));
        var summary = CheckSummary().Match(bodies[^1]).Groups[1].Value;
        var counts = FindingCount().Matches(summary);
        Assert.IsNotEmpty(counts, "the check summary counts its findings: " + summary);
        foreach (Match count in counts)
        {
            Assert.AreEqual(count.Groups[1].Value == "1", count.Groups[3].Value.Length == 0, "the count word agrees with its number: " + summary);
        }
        simulator.Options.Faults.Latency = TimeSpan.FromMilliseconds(200);
        var started = await PostAsync(client, "/instances/acme/sync", bodies[6], [new("module", "Accounts"), new("mode", "run")], Token);
        Assert.AreEqual(HttpStatusCode.Redirect, started.StatusCode);
        var job = started.Headers.Location!.OriginalString.Split("job=")[1];
        JsonElement progress;
        var sawRunning = false;
        do
        {
            await Task.Delay(100, Token);
            var json = await client.GetStringAsync($"/instances/acme/sync/progress.json?job={job}", Token);
            bodies.Add(json);
            progress = JsonDocument.Parse(json).RootElement.Clone();
            sawRunning |= progress.GetProperty("running").GetBoolean();
        }
        while (progress.GetProperty("running").GetBoolean());

        Assert.IsTrue(sawRunning, "progress is answered while the sync runs");

        Assert.AreEqual("Succeeded", progress.GetProperty("status").GetString(), progress.GetRawText());
        Assert.AreEqual(3, progress.GetProperty("totals")[0].GetProperty("created").GetInt32());
        bodies.Add(await client.GetStringAsync("/instances/acme/report", Token));

        foreach (var body in bodies)
        {
            Assert.DoesNotContain(simulator.Options.PrivateKey, body);
            Assert.DoesNotContain(simulator.Options.ClientId, body);
        }

        StringAssert.Contains(bodies[^1], "ACC-0001");
    }

    [TestMethod]
    public async Task PostWithoutToken_IsRefusedAndChangesNothing()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        using var client = new HttpClient { BaseAddress = web.App.Url };

        var response = await client.PostAsync("/instances", new FormUrlEncodedContent([new("name", "forged")]), Token);

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.IsEmpty(await web.Host.Services.Instances.ListAsync(Token));
        Assert.AreEqual("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [TestMethod]
    public async Task RequestNamingAnotherHost_IsRefused()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        using var client = new HttpClient { BaseAddress = web.App.Url };
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/");
        rebound.Headers.Host = "attacker.example";

        var refused = await client.SendAsync(rebound, Token);
        var local = await client.GetAsync("/", Token);

        Assert.AreEqual(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.DoesNotContain("__RequestVerificationToken", await refused.Content.ReadAsStringAsync(Token));
        Assert.AreEqual(HttpStatusCode.OK, local.StatusCode);
    }

    [TestMethod]
    public async Task SettingsSavedWithAnError_SaveNothing_AndKeepTheStoredSecret()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var simulator = web.App.Simulator!;
        var instance = await SimulatorInstance.ActivateAsync(web.Host.Services, simulator, "acme", Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var form = await client.GetStringAsync("/instances/acme/settings", Token);

        var response = await PostAsync(client, "/instances/acme/settings", form, [new("sv.CompanyId", "other"), new("sv.ImportAccountStatusId", "zero"), new("sv.ConnectWiseUrl", simulator.SiteUrl.ToString())], Token);

        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Token);
        StringAssert.Contains(page, "sv-ImportAccountStatusId-error");
        var stored = await web.Host.Services.Instances.GetVariablesAsync(instance.Id, Token);
        Assert.AreEqual(simulator.Options.CompanyId, stored["CompanyId"], "nothing saved half");
        Assert.AreEqual(simulator.Options.PrivateKey, stored["PrivateKey"], "an empty secret keeps the stored one");
        Assert.DoesNotContain(simulator.Options.PrivateKey, page);
    }

    [TestMethod]
    public async Task WebCommand_RefusesAnAddressThatIsNotLoopback()
    {
        using var folder = new TempFolder();
        var result = await new CliRunner(folder.DatabasePath).RunAsync(Token, "web", "--urls", "http://0.0.0.0:5080");

        Assert.AreEqual(1, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Error, "loopback address only");
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string pageWithForm, KeyValuePair<string, string>[] fields, CancellationToken cancellationToken)
    {
        var token = TokenField().Match(pageWithForm).Groups[1].Value;
        Assert.IsFalse(string.IsNullOrEmpty(token), "the page's forms carry a token");
        return client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]), cancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("id=\"check-summary\"[^>]*>([^<]+)<")]
    private static partial Regex CheckSummary();

    [GeneratedRegex(@"(\d+) (error|warning)(s?)\b")]
    private static partial Regex FindingCount();
}
