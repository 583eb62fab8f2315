using System.Net;
using System.Text.RegularExpressions;
using Bss.IntegrationFramework.Host.Alerts;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>The open-alerts banner on the instance's pages and the Alerts page, over plain HTTP.</summary>
[TestClass]
public sealed partial class AlertsPageHttpTests
{
    private const string Secret = "page-webhook-secret-31f8e";

    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task InstancePages_OpenAlert_ShowTheBannerWithTheFixUntilClosed()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var services = web.Host.Services;
        var instance = await SimulatorInstance.ActivateAsync(services, web.App.Simulator!, "acme", Token);
        using var client = new HttpClient { BaseAddress = web.App.Url };
        var alert = await services.Alerts.OpenAsync(instance.Id, new AlertFinding(AlertCondition.PermissionMissing, "Accounts", "The API member lacks <Company Maintenance>.", "Grant it to the security role."), null, Token);

        var pages = new List<string>();
        foreach (var path in new[] { "/instances/acme/settings", "/instances/acme/options", "/instances/acme/report", "/instances/acme/alerts" })
        {
            pages.Add(await client.GetStringAsync(path, Token));
        }

        await services.Alerts.CloseAsync(alert, null, Token);
        var afterClose = await client.GetStringAsync("/instances/acme/settings", Token);
        var instances = await client.GetStringAsync("/", Token);

        foreach (var page in pages)
        {
            StringAssert.Contains(page, "id=\"open-alerts\"");
            StringAssert.Contains(page, "1 open alert<");
            StringAssert.Contains(page, "PermissionMissing (Accounts)");
            StringAssert.Contains(page, "Fix: Grant it to the security role.");
            StringAssert.Contains(page, "&lt;Company Maintenance&gt;", "the message is encoded");
        }

        Assert.DoesNotContain("open-alerts", afterClose);
        Assert.DoesNotContain("open-alerts", instances);
    }

    [TestMethod]
    public async Task AlertsPage_Save_StoresConditionsAndWebhookWithoutShowingTheSecret()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var services = web.Host.Services;
        var instance = await SimulatorInstance.ActivateAsync(services, web.App.Simulator!, "acme", Token);
        using var receiver = new WebhookReceiver();
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var page = await client.GetStringAsync("/instances/acme/alerts", Token);
        var on = AlertConditionInfo.All.Where(c => c.Condition != AlertCondition.DriftReported).Select(c => new KeyValuePair<string, string>(AlertsFormField(c.Condition), "on"));

        var saved = await PostAsync(client, "/instances/acme/alerts", page, [.. on, new("threshold.FailedRecords", "4"), new("threshold.RunNotSucceeded", "24h"), new("webhookUrl", receiver.Url.ToString()), new("webhookSecret", Secret)]);
        var shown = await client.GetStringAsync("/instances/acme/alerts", Token);
        var tested = await PostAsync(client, "/instances/acme/alerts/test", shown, []);
        var testPage = await tested.Content.ReadAsStringAsync(Token);

        Assert.AreEqual(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = await services.Alerts.GetSettingsAsync(instance.Id, Token);
        Assert.IsFalse(settings.Of(AlertCondition.DriftReported).Enabled);
        Assert.IsTrue(settings.Of(AlertCondition.CredentialsRefused).Enabled);
        Assert.AreEqual("4", settings.Of(AlertCondition.FailedRecords).Threshold);
        Assert.AreEqual(receiver.Url, settings.WebhookUrl);
        Assert.AreEqual(Secret, await services.Alerts.GetWebhookSecretAsync(instance.Id, Token));
        StringAssert.Contains(shown, "set; leave empty to keep it");
        Assert.DoesNotContain(Secret, shown + testPage);
        StringAssert.Contains(testPage, "delivered after 1 attempt");
        var request = receiver.Requests.Single();
        Assert.IsTrue(WebhookSignature.Verify(Secret, request.Body, request.Signature));
    }

    [TestMethod]
    public async Task AlertsPage_BadThresholdAndPlainHttp_SavesNothingAndNamesEveryProblem()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var services = web.Host.Services;
        var instance = await SimulatorInstance.ActivateAsync(services, web.App.Simulator!, "acme", Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var page = await client.GetStringAsync("/instances/acme/alerts", Token);

        var refused = await PostAsync(client, "/instances/acme/alerts", page, [new("threshold.FailedRecords", "many"), new("webhookUrl", "http://hooks.example.com/bss")]);
        var body = await refused.Content.ReadAsStringAsync(Token);

        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        StringAssert.Contains(body, "Nothing was saved: 2 problems");
        StringAssert.Contains(body, "not &#x27;many&#x27;");
        StringAssert.Contains(body, "use https");
        var settings = await services.Alerts.GetSettingsAsync(instance.Id, Token);
        Assert.IsTrue(settings.Conditions.All(c => c.Enabled), "the unchecked switches were not saved either");
        Assert.IsNull(settings.WebhookUrl);
    }

    private static string AlertsFormField(AlertCondition condition) => Bss.IntegrationFramework.Host.Web.AlertsForm.OnField(condition);

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string pageWithForm, KeyValuePair<string, string>[] fields)
    {
        var token = TokenField().Match(pageWithForm).Groups[1].Value;
        Assert.IsFalse(string.IsNullOrEmpty(token), "the page's forms carry a token");
        return client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]), Token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
