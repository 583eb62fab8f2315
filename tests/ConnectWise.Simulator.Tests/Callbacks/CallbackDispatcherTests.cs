using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Callbacks;

[TestClass]
public sealed class CallbackDispatcherTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Notify_CompanyPatchedByAnotherMember_PostsOneCallbackSignedWithTheServedKey()
    {
        using var receiver = new LoopbackReceiver();
        await using var simulator = await StartAsync(SimulatorProfile.Normal);
        using var admin = SimulatorHttp.Client(simulator);
        using var technician = SimulatorHttp.Client(simulator, "tech-public", "tech-private");
        var company = await SimulatorHttp.CreateCompanyAsync(technician, "GLOBEX", "Globex");
        await RegisterAsync(admin, receiver, "company");

        using var patched = await technician.PatchAsync($"company/companies/{company["id"]}", SimulatorHttp.Json("""[{"op":"replace","path":"name","value":"Globex Corporation"}]"""), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, patched.StatusCode);

        Assert.IsTrue(await receiver.WaitForAsync(1, Patience, TestContext.CancellationToken));
        await simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);
        var request = receiver.Requests.Single();
        Assert.AreEqual("POST", request.Method);
        Assert.AreEqual($"/receiver/cb?recordId={company["id"]}", request.PathAndQuery, "ConnectWise appends the record id to the registered address");
        var body = JsonNode.Parse(request.Body)!.AsObject();
        Assert.AreEqual("company", (string?)body["Type"]);
        Assert.AreEqual("updated", (string?)body["Action"]);
        Assert.AreEqual((int)company["id"]!, (int)body["ID"]!);
        Assert.AreEqual("Technician", (string?)body["MemberId"]);
        Assert.AreEqual("Globex Corporation", (string?)JsonNode.Parse((string)body["Entity"]!)!["name"], "Entity is the record as JSON text");

        using var keyAnswer = await new HttpClient().GetAsync(new Uri((string)body["Metadata"]!["key_url"]!), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.OK, keyAnswer.StatusCode);
        var key = (string)JsonNode.Parse(await keyAnswer.Content.ReadAsStringAsync(TestContext.CancellationToken))!["signing_key"]!;
        var expected = Convert.ToBase64String(HMACSHA256.HashData(SHA256.HashData(Encoding.UTF8.GetBytes(key)), request.Body));
        Assert.AreEqual(expected, request.Headers["x-content-signature"]);
    }

    [TestMethod]
    [DataRow(SimulatorProfile.Normal, 0)]
    [DataRow(SimulatorProfile.Strict, 1)]
    public async Task Notify_RegisteringMembersOwnWriteWithSelfSuppression_NormalLeavesItOutStrictSendsIt(SimulatorProfile profile, int expected)
    {
        using var receiver = new LoopbackReceiver();
        await using var simulator = await StartAsync(profile);
        using var admin = SimulatorHttp.Client(simulator);
        await RegisterAsync(admin, receiver, "company");

        await SimulatorHttp.CreateCompanyAsync(admin, "OWNWRITE", "Own write");
        await simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);

        Assert.HasCount(expected, receiver.Requests);
    }

    [TestMethod]
    public async Task Faults_DropShareOne_SendsNothingAndRecordsTheDrop()
    {
        using var receiver = new LoopbackReceiver();
        await using var simulator = await StartAsync(SimulatorProfile.Normal);
        simulator.Callbacks.Faults.DropShare = 1;
        using var admin = SimulatorHttp.Client(simulator);
        using var technician = SimulatorHttp.Client(simulator, "tech-public", "tech-private");
        await RegisterAsync(admin, receiver, "company");

        await SimulatorHttp.CreateCompanyAsync(technician, "DROPPED", "Dropped");
        await simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);

        Assert.IsEmpty(receiver.Requests);
        Assert.IsTrue(simulator.Callbacks.Deliveries.Single().Dropped);
    }

    [TestMethod]
    public async Task Faults_DuplicateShareOne_SendsTheSameSignedBodyTwice()
    {
        using var receiver = new LoopbackReceiver();
        await using var simulator = await StartAsync(SimulatorProfile.Normal);
        simulator.Callbacks.Faults.DuplicateShare = 1;
        using var admin = SimulatorHttp.Client(simulator);
        using var technician = SimulatorHttp.Client(simulator, "tech-public", "tech-private");
        await RegisterAsync(admin, receiver, "company");

        await SimulatorHttp.CreateCompanyAsync(technician, "TWICE", "Twice");
        await simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);

        var requests = receiver.Requests.ToArray();
        Assert.HasCount(2, requests);
        CollectionAssert.AreEqual(requests[0].Body, requests[1].Body);
        Assert.AreEqual(requests[0].Headers["x-content-signature"], requests[1].Headers["x-content-signature"]);
    }

    [TestMethod]
    public async Task Faults_ReorderShareOne_SendsTheFirstChangeAfterTheSecond()
    {
        using var receiver = new LoopbackReceiver();
        await using var simulator = await StartAsync(SimulatorProfile.Normal);
        using var admin = SimulatorHttp.Client(simulator);
        using var technician = SimulatorHttp.Client(simulator, "tech-public", "tech-private");
        await RegisterAsync(admin, receiver, "company");
        simulator.Callbacks.Faults.ReorderShare = 1;

        var first = await SimulatorHttp.CreateCompanyAsync(technician, "FIRST", "First");
        var second = await SimulatorHttp.CreateCompanyAsync(technician, "SECOND", "Second");
        await simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);

        var ids = receiver.Requests.Select(r => (int)JsonNode.Parse(r.Body)!["ID"]!).ToArray();
        CollectionAssert.AreEqual(new[] { (int)second["id"]!, (int)first["id"]! }, ids);
    }

    [TestMethod]
    [DataRow(SimulatorProfile.Normal, 1)]
    [DataRow(SimulatorProfile.Strict, 0)]
    public async Task Notify_AdditionChanged_NormalReportsItsAgreementStrictSendsNothing(SimulatorProfile profile, int expected)
    {
        using var receiver = new LoopbackReceiver();
        await using var simulator = await StartAsync(profile);
        using var admin = SimulatorHttp.Client(simulator);
        using var technician = SimulatorHttp.Client(simulator, "tech-public", "tech-private");
        var samples = await SampleRecords.CreateAsync(technician);
        await RegisterAsync(admin, receiver, "agreement");

        using var created = await technician.PostAsync($"finance/agreements/{samples.Ids["agreement"]}/additions", SimulatorHttp.Json(samples.Fill(SampleRecords.ValidBodies["finance/agreements/{agreement}/additions"])), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync(TestContext.CancellationToken));
        await simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);

        Assert.HasCount(expected, receiver.Requests);
        if (expected == 1)
        {
            Assert.AreEqual(samples.Ids["agreement"], (int)JsonNode.Parse(receiver.Requests.Single().Body)!["ID"]!);
        }
    }

    [TestMethod]
    public async Task KeyEndpoint_UnknownKeyId_Answers404()
    {
        await using var simulator = await StartAsync(SimulatorProfile.Normal);
        var wrong = new Uri(simulator.Callbacks.KeyUrl.AbsoluteUri.Replace("id=", "id=0", StringComparison.Ordinal));
        using var http = new HttpClient();

        using var answer = await http.GetAsync(wrong, TestContext.CancellationToken);

        Assert.AreEqual(HttpStatusCode.NotFound, answer.StatusCode);
    }

    [TestMethod]
    public async Task Sign_StrictProfile_ReplacesTheKeyBehindTheSameAddressAfterFiveCallbacks()
    {
        using var receiver = new LoopbackReceiver();
        await using var simulator = await StartAsync(SimulatorProfile.Strict);
        using var admin = SimulatorHttp.Client(simulator);
        await RegisterAsync(admin, receiver, "company");
        using var http = new HttpClient();
        var before = await KeyAsync(http, simulator);

        for (var i = 0; i < 6; i++)
        {
            await SimulatorHttp.CreateCompanyAsync(admin, $"ROT{i}", $"Rotation {i}");
        }

        await simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);

        Assert.HasCount(6, receiver.Requests);
        Assert.AreNotEqual(before, await KeyAsync(http, simulator));
    }

    private async Task<string> KeyAsync(HttpClient http, ConnectWiseSimulator simulator)
    {
        var text = await http.GetStringAsync(simulator.Callbacks.KeyUrl, TestContext.CancellationToken);
        return (string)JsonNode.Parse(text)!["signing_key"]!;
    }

    private static Task<ConnectWiseSimulator> StartAsync(SimulatorProfile profile)
    {
        var options = new SimulatorOptions { Profile = profile };
        options.ApiMembers.Add(SimulatorApiMember.Create("Technician", "tech-public", "tech-private", ApiPermission.All));
        return ConnectWiseSimulator.StartAsync(options);
    }

    private async Task RegisterAsync(HttpClient admin, LoopbackReceiver receiver, string type)
    {
        var body = $$"""{"description":"test","url":"{{receiver.Url}}cb?recordId=","objectId":1,"type":"{{type}}","level":"owner","isSelfSuppressedFlag":true}""";
        using var created = await admin.PostAsync("system/callbacks", SimulatorHttp.Json(body), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.Created, created.StatusCode, await created.Content.ReadAsStringAsync(TestContext.CancellationToken));
    }
}
