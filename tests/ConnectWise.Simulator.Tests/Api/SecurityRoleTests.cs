using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

[TestClass]
public sealed class SecurityRoleTests
{
    private static SimulatorOptions WithLimitedMember()
    {
        var options = new SimulatorOptions();
        options.ApiMembers.Add(SimulatorApiMember.Create("limited", "limited-public", "limited-private", ApiPermission.CompanyMaintenance, ApiPermission.TableSetup));
        return options;
    }

    [TestMethod]
    public async Task Get_MemberWithoutAgreementsPermission_Returns403SecurityError()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithLimitedMember());
        using var client = SimulatorHttp.Client(simulator, "limited-public", "limited-private");

        using var response = await client.GetAsync("finance/agreements");
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.AreEqual("Security", (string?)body["code"]);
        Assert.Contains("security permission", (string?)body["message"] ?? "");
    }

    [TestMethod]
    public async Task Post_MemberWithCompanyMaintenance_CreatesCompanyRecordedAsThatMember()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithLimitedMember());
        using var client = SimulatorHttp.Client(simulator, "limited-public", "limited-private");

        var company = await SimulatorHttp.CreateCompanyAsync(client, "ACME", "Acme");

        Assert.AreEqual("limited", (string?)company["_info"]!["enteredBy"]);
    }

    [TestMethod]
    [DataRow("company/contacts")]
    [DataRow("procurement/catalog")]
    [DataRow("procurement/products")]
    [DataRow("finance/invoices")]
    [DataRow("sales/orders")]
    [DataRow("system/members")]
    public async Task Get_ResourceOutsideTheRole_Returns403(string route)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithLimitedMember());
        using var client = SimulatorHttp.Client(simulator, "limited-public", "limited-private");

        using var response = await client.GetAsync(route);

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [TestMethod]
    public async Task Get_DefaultMember_HasEveryPermission()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithLimitedMember());
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("finance/agreements");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [TestMethod]
    public async Task Post_BundleItemOutsideTheRole_FailsThatItemWith403()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithLimitedMember());
        using var client = SimulatorHttp.Client(simulator, "limited-public", "limited-private");
        const string Bundle = """{"requests":[{"sequenceNumber":1,"resourceType":"company","apiRequest":{}},{"sequenceNumber":2,"resourceType":"agreement","apiRequest":{}}]}""";

        using var response = await client.PostAsync("system/bundles", SimulatorHttp.Json(Bundle));
        var results = (await SimulatorHttp.ReadJsonAsync(response))!["results"]!.AsArray();

        Assert.IsTrue((bool)results[0]!["success"]!);
        Assert.AreEqual(403, (int)results[1]!["statusCode"]!);
    }

    [TestMethod]
    public async Task Get_MemberAddedAtRunTime_IsAccepted()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.ApiMembers.Add(SimulatorApiMember.Create("late", "late-public", "late-private", ApiPermission.All));
        using var client = SimulatorHttp.Client(simulator, "late-public", "late-private");

        using var response = await client.GetAsync("system/members");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
