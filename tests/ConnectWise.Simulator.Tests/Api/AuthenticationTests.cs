using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class AuthenticationTests
{
    [TestMethod]
    public async Task Get_ValidCredentialsAndClientId_Returns200()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [TestMethod]
    public async Task Get_MissingClientId_Returns401WithClientIdMessage()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator, clientId: false);

        using var response = await client.GetAsync("company/companies");
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.AreEqual("Unauthorized", (string?)body["code"]);
        Assert.Contains("clientId", (string?)body["message"] ?? "");
        Assert.IsNull(body["errors"]);
    }

    [TestMethod]
    public async Task Get_WrongPrivateKey_Returns401WithoutEchoingTheKey()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = SimulatorHttp.Client(simulator, privateKey: "wrong-secret-value");

        using var response = await client.GetAsync("company/companies");
        var text = await response.Content.ReadAsStringAsync();

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("wrong-secret-value", text);
        Assert.DoesNotContain(simulator.Options.PublicKey, text);
    }

    [TestMethod]
    public async Task Get_NoAuthorizationHeader_Returns401()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        using var client = new HttpClient { BaseAddress = simulator.ApiBaseUrl };
        client.DefaultRequestHeaders.Add("clientId", simulator.Options.ClientId);

        using var response = await client.GetAsync("company/companies");

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [TestMethod]
    public async Task Get_OtherCompanyInCredentials_Returns401()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { CompanyId = "acme" });
        using var client = SimulatorHttp.Client(simulator);
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("other+simulator-public:simulator-private"u8.ToArray()));

        using var response = await client.GetAsync("company/companies");

        Assert.AreEqual(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
