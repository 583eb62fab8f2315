using System.Net;
using System.Text.RegularExpressions;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>The Callbacks page of an instance, over plain HTTP.</summary>
[TestClass]
public sealed partial class CallbacksPageHttpTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task CallbacksPage_EnableThenDisable_RegistersOursAndRemovesThem()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var before = await client.GetStringAsync("/instances/acme/callbacks", Token);

        using var enabled = await PostAsync(client, "/instances/acme/callbacks/enable", before, [new("publicUrl", "https://bss.example.test/")]);
        var enabledPage = await enabled.Content.ReadAsStringAsync(Token);
        using var disabled = await PostAsync(client, "/instances/acme/callbacks/disable", enabledPage, []);
        var disabledPage = await disabled.Content.ReadAsStringAsync(Token);

        StringAssert.Contains(before, "Callbacks are not enabled.");
        Assert.AreEqual(HttpStatusCode.OK, enabled.StatusCode, enabledPage);
        StringAssert.Contains(enabledPage, "https://bss.example.test/callbacks/acme");
        StringAssert.Contains(enabledPage, "id=\"callback-registrations\"");
        Assert.AreEqual(HttpStatusCode.OK, disabled.StatusCode);
        StringAssert.Contains(disabledPage, "Removed 4 callbacks of ours.");
        Assert.IsEmpty(web.App.Simulator!.Store.All("system/callbacks"));
    }

    [TestMethod]
    public async Task CallbacksPage_PlainHttpPublicUrl_ShowsWhyAndRegistersNothing()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var page = await client.GetStringAsync("/instances/acme/callbacks", Token);

        using var refused = await PostAsync(client, "/instances/acme/callbacks/enable", page, [new("publicUrl", "http://bss.example.test/")]);

        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        StringAssert.Contains(await refused.Content.ReadAsStringAsync(Token), "https address");
        Assert.IsEmpty(web.App.Simulator!.Store.All("system/callbacks"));
    }

    [TestMethod]
    public async Task CallbacksPage_PostWithoutToken_RefusedAndNothingRegistered()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        using var client = new HttpClient { BaseAddress = web.App.Url };

        using var refused = await client.PostAsync("/instances/acme/callbacks/enable", new FormUrlEncodedContent([new("publicUrl", "https://bss.example.test/")]), Token);

        Assert.AreEqual(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.IsEmpty(web.App.Simulator!.Store.All("system/callbacks"));
    }

    private Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string pageWithForm, KeyValuePair<string, string>[] fields)
    {
        var token = TokenField().Match(pageWithForm).Groups[1].Value;
        Assert.IsFalse(string.IsNullOrEmpty(token), "the page's forms carry a token");
        return client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]), Token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
