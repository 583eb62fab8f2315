using System.Net;
using System.Text.RegularExpressions;
using BssConnectWiseConnector.IntegrationTests.Support;

namespace BssConnectWiseConnector.IntegrationTests.Web;

/// <summary>
/// The field ownership settings on the Options page over plain HTTP: shown with their defaults, saved with the
/// switches, and validated by the connector like every setting (every problem at once, nothing saved).
/// </summary>
[TestClass]
public sealed partial class OptionsPageOwnershipHttpTests
{
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Token => TestContext.CancellationToken;

    [TestMethod]
    public async Task OptionsPage_Shown_HasTheThreeOwnershipSettingsWithTheirDefaults()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        using var client = new HttpClient { BaseAddress = web.App.Url };

        var page = await client.GetStringAsync("/instances/acme/options", Token);

        StringAssert.Contains(page, "Field ownership (two-way sync)");
        StringAssert.Contains(page, "name=\"sv.AccountFieldOwnership\"");
        StringAssert.Contains(page, "name=\"sv.ContactFieldOwnership\"");
        StringAssert.Contains(page, "name=\"sv.ProductFieldOwnership\"");
        StringAssert.Contains(page, "Identity=Bss", "the default is shown");
        Assert.IsFalse(page.Contains("name=\"sv.PrivateKey\"", StringComparison.Ordinal), "only the settings that decide how modules sync");
    }

    [TestMethod]
    public async Task OptionsPage_TwoBadOwnershipValues_BothReportedAndNothingSaved()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var page = await client.GetStringAsync("/instances/acme/options", Token);

        var posted = await PostAsync(client, page, [new("sv.AccountFieldOwnership", "Communication=Sometimes"), new("sv.ContactFieldOwnership", "Hobbies=Bss"), new("op.Accounts.Create", "on")]);
        var body = await posted.Content.ReadAsStringAsync(Token);

        Assert.AreEqual(HttpStatusCode.UnprocessableEntity, posted.StatusCode, body);
        StringAssert.Contains(body, "The options were not saved");
        StringAssert.Contains(body, "&#x27;Sometimes&#x27; is not an ownership policy for Communication");
        StringAssert.Contains(body, "&#x27;Hobbies&#x27; is not a field group of Contacts");
        var stored = await web.Host.Services.Instances.GetVariablesAsync(instance.Id, Token);
        Assert.IsFalse(stored.ContainsKey("AccountFieldOwnership"), "nothing saved");
        var disabled = await web.Host.Services.Options.GetDisabledAsync(instance.Id, Token);
        Assert.IsEmpty(disabled, "the switches were not saved either");
    }

    [TestMethod]
    public async Task OptionsPage_ValidOwnership_IsSavedAndShownByInstanceShow()
    {
        await using var web = await WebAppUnderTest.StartAsync(Token);
        var instance = await SimulatorInstance.ActivateAsync(web.Host.Services, web.App.Simulator!, "acme", Token);
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = web.App.Url };
        var page = await client.GetStringAsync("/instances/acme/options", Token);

        var posted = await PostAsync(client, page, [new("sv.AccountFieldOwnership", "Communication=ConnectWise"), new("op.Accounts.Create", "on")]);

        Assert.AreEqual(HttpStatusCode.OK, posted.StatusCode);
        StringAssert.Contains(await posted.Content.ReadAsStringAsync(Token), "Synchronization options saved.");
        var stored = await web.Host.Services.Instances.GetVariablesAsync(instance.Id, Token);
        Assert.AreEqual("Communication=ConnectWise", stored["AccountFieldOwnership"]);
        var show = await new CliRunner(web.Host.DatabasePath).RunAsync(Token, ["instance", "show", "acme"]);
        Assert.AreEqual(0, show.ExitCode, show.ToString());
        StringAssert.Contains(show.Output, "Account field ownership");
        StringAssert.Contains(show.Output, "Communication=ConnectWise");
    }

    private async Task<HttpResponseMessage> PostAsync(HttpClient client, string pageWithForm, KeyValuePair<string, string>[] fields)
    {
        var token = TokenField().Match(pageWithForm).Groups[1].Value;
        Assert.IsFalse(string.IsNullOrEmpty(token), "the form carries the token");
        return await client.PostAsync("/instances/acme/options", new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]), Token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
