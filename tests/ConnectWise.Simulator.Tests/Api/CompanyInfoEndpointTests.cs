using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class CompanyInfoEndpointTests
{
    [TestMethod]
    public async Task CompanyInfo_KnownCompanyWithoutAuth_ReturnsCodebaseAndVersion()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = new HttpClient { BaseAddress = simulator.SiteUrl };

        using var response = await client.GetAsync("login/companyinfo/SANDBOX");
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("v4_6_release/", (string?)body["Codebase"]);
        Assert.AreEqual("sandbox", (string?)body["CompanyID"]);
        Assert.AreEqual("v2026.4", (string?)body["VersionCode"]);
        Assert.IsFalse((bool)body["IsCloud"]!);
    }

    [TestMethod]
    public async Task CompanyInfo_UnknownCompany_ReturnsNullBody()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = new HttpClient { BaseAddress = simulator.SiteUrl };

        using var response = await client.GetAsync("login/companyinfo/nobody");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("null", await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task CompanyInfo_CodebaseChangedAtRunTime_OldCodebase404sAndNewOneServes()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var oldClient = SimulatorHttp.Client(simulator);

        simulator.Options.Codebase = "v2026_4/";
        using var newClient = SimulatorHttp.Client(simulator);
        using var info = await new HttpClient().GetAsync(new Uri(simulator.SiteUrl, "login/companyinfo/sandbox"));
        using var old = await oldClient.GetAsync("company/companies");
        using var current = await newClient.GetAsync("company/companies");

        Assert.AreEqual("v2026_4/", (string?)(await SimulatorHttp.ReadJsonAsync(info))!["Codebase"]);
        Assert.AreEqual(HttpStatusCode.NotFound, old.StatusCode);
        Assert.AreEqual(HttpStatusCode.OK, current.StatusCode);
        Assert.EndsWith("/v2026_4/apis/3.0/", simulator.ApiBaseUrl.AbsoluteUri);
    }

    [TestMethod]
    public async Task Codebase_WithoutTrailingSlash_IsServedWithOne()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { Codebase = "v2026_4" });
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith("/v2026_4/apis/3.0/", simulator.ApiBaseUrl.AbsoluteUri);
    }
}
