using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

/// <summary>The site's version (SimulatorOptions.ServerVersion) as reported and as enforced on the Accept header.</summary>
[TestClass]
public sealed class ApiVersionCheckTests
{
    private static async Task<HttpResponseMessage> GetAsync(ConnectWiseSimulator simulator, string? acceptVersion)
    {
        using var client = SimulatorHttp.Client(simulator);
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.connectwise.com+json" + (acceptVersion is null ? "" : "; version=" + acceptVersion));
        return await client.GetAsync("company/companies");
    }

    [TestMethod]
    public async Task Request_AcceptVersionNewerThanTheSite_RefusedWithConnectWisesVersionError()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { ServerVersion = "2025.1" });

        using var response = await GetAsync(simulator, "2026.4");
        var body = (await SimulatorHttp.ReadJsonAsync(response))!.AsObject();

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("ConnectWiseApi", (string?)body["code"]);
        Assert.Contains("does not support the API version '2026.4'", (string?)body["message"] ?? string.Empty);
        Assert.Contains("/company/companies'", (string?)body["message"] ?? string.Empty);
    }

    [TestMethod]
    [DataRow("2025.1")]
    [DataRow("2024.2")]
    [DataRow(null)]
    public async Task Request_AcceptVersionNotNewerOrNone_IsServed(string? version)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { ServerVersion = "2025.1" });

        using var response = await GetAsync(simulator, version);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [TestMethod]
    public async Task CompanyInfoAndSystemInfo_ReportTheConfiguredVersion()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { ServerVersion = "2025.1" });
        using var anonymous = new HttpClient { BaseAddress = simulator.SiteUrl };
        using var client = SimulatorHttp.Client(simulator);
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/vnd.connectwise.com+json");

        using var companyInfo = await anonymous.GetAsync("login/companyinfo/" + simulator.Options.CompanyId);
        using var systemInfo = await client.GetAsync("system/info");

        Assert.AreEqual("v2025.1", (string?)(await SimulatorHttp.ReadJsonAsync(companyInfo))!["VersionCode"]);
        StringAssert.StartsWith((string?)(await SimulatorHttp.ReadJsonAsync(systemInfo))!["version"], "v2025.1.");
    }
}
