using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Api;

/// <summary>Security-role levels per verb (Add, Edit, Delete, Inquire granted separately) and setup tables read without Table Setup.</summary>
[TestClass]
public sealed class PermissionLevelTests
{
    private static SimulatorOptions WithInquireOnlyMember()
    {
        var options = new SimulatorOptions();
        options.ApiMembers.Add(new SimulatorApiMember { Identifier = "reader", PublicKey = "reader-public", PrivateKey = "reader-private" }
            .Grant(ApiPermission.CompanyMaintenance, ApiPermissionLevels.Inquire)
            .Grant(ApiPermission.Contacts, ApiPermissionLevels.Inquire | ApiPermissionLevels.Add));
        return options;
    }

    [TestMethod]
    public async Task Get_InquireOnlyMember_ReadsCompanies()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithInquireOnlyMember());
        using var client = SimulatorHttp.Client(simulator, "reader-public", "reader-private");

        using var response = await client.GetAsync("company/companies/count");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [TestMethod]
    public async Task Post_InquireOnlyMember_Returns403InConnectWisesShapeAndCreatesNothing()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithInquireOnlyMember());
        using var reader = SimulatorHttp.Client(simulator, "reader-public", "reader-private");
        using var admin = SimulatorHttp.Client(simulator);

        using var response = await reader.PostAsync("company/companies", SimulatorHttp.Json("""{"identifier":"ACME","name":"Acme","city":"Tampa"}"""));
        var body = (await SimulatorHttp.ReadJsonAsync(response))!;
        using var count = await admin.GetAsync("company/companies/count?conditions=identifier%3D%22ACME%22");

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.AreEqual("Security", (string?)body["code"]);
        Assert.AreEqual("You do not have security permission to perform this action.", (string?)body["message"]);
        Assert.AreEqual(0, (int)(await SimulatorHttp.ReadJsonAsync(count))!["count"]!);
    }

    [TestMethod]
    public async Task Patch_MemberWithAddButNotEdit_Returns403()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithInquireOnlyMember());
        using var admin = SimulatorHttp.Client(simulator);
        using var reader = SimulatorHttp.Client(simulator, "reader-public", "reader-private");
        var company = await SimulatorHttp.CreateCompanyAsync(admin, "ACME", "Acme");
        using var created = await reader.PostAsync("company/contacts", SimulatorHttp.Json($$$"""{"firstName":"Ann","company":{"id":{{{(int)company["id"]!}}}}}"""));
        var contactId = (int)(await SimulatorHttp.ReadJsonAsync(created))!["id"]!;

        using var patch = await reader.PatchAsync($"company/contacts/{contactId}", SimulatorHttp.Json("""[{"op":"replace","path":"lastName","value":"Lee"}]"""));
        using var delete = await reader.DeleteAsync($"company/contacts/{contactId}");

        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, patch.StatusCode);
        Assert.AreEqual(HttpStatusCode.Forbidden, delete.StatusCode);
    }

    [TestMethod]
    [DataRow("company/companies/statuses")]
    [DataRow("company/companies/types")]
    [DataRow("procurement/types")]
    [DataRow("finance/agreements/types")]
    [DataRow("finance/billingStatuses")]
    [DataRow("sales/orders/statuses")]
    public async Task Get_SetupTableWithoutTableSetup_IsServedAtInquiryLevel(string route)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithInquireOnlyMember());
        using var reader = SimulatorHttp.Client(simulator, "reader-public", "reader-private");

        using var response = await reader.GetAsync(route);

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [TestMethod]
    public async Task Post_SetupTableWithoutTableSetup_Returns403()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithInquireOnlyMember());
        using var reader = SimulatorHttp.Client(simulator, "reader-public", "reader-private");

        using var response = await reader.PostAsync("company/companies/types", SimulatorHttp.Json("""{"name":"Reseller"}"""));

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [TestMethod]
    public async Task Get_MembersWithoutMemberMaintenance_Returns403()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync(WithInquireOnlyMember());
        using var reader = SimulatorHttp.Client(simulator, "reader-public", "reader-private");

        using var response = await reader.GetAsync("system/members");

        Assert.AreEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
