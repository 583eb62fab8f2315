using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using Bss.IntegrationFramework.Host.Sync;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.IntegrationTests.Callbacks;

/// <summary>The done-when, through the host: its web server, store, worker and the simulator's callbacks.</summary>
[TestClass]
public sealed class CallbackDeliveryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task CompanyPhoneChangedInConnectWise_ReachesTheBssStoreWithinASecond_WithoutAScheduledPull()
    {
        // The first callback of the process also pays for the connector's creation and the pull path's first JIT
        // (about 0.8 s here); from the second on the connector is kept (about 0.1 s). The second is asserted
        // for the warm path; the cold one gets three.
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken);
        var companyId = await h.CompanyIdAsync("ACC-0001", TestContext.CancellationToken);
        var otherPhone = (await h.AccountAsync("ACC-0002", TestContext.CancellationToken))!.Phone;
        h.Simulator.Store.Update("company/companies", await h.CompanyIdAsync("ACC-0002", TestContext.CancellationToken), c => c["phoneNumber"] = "+1 217 555 0202");

        await h.ChangeCompanyPhoneAsync(companyId, "+1 217 555 0101", TestContext.CancellationToken);
        var took = await CallbackHarness.WaitUntilAsync(
            async () => (await h.AccountAsync("ACC-0001", TestContext.CancellationToken))?.Phone == "+1 217 555 0101",
            Patience,
            TestContext.CancellationToken);

        Assert.IsNotNull(took, "the phone change never reached the BSS store");
        Assert.IsLessThan(TimeSpan.FromSeconds(3), took.Value, $"took {took.Value.TotalMilliseconds:F0} ms");
        await h.ChangeCompanyPhoneAsync(companyId, "+1 217 555 0102", TestContext.CancellationToken);
        var again = await CallbackHarness.WaitUntilAsync(
            async () => (await h.AccountAsync("ACC-0001", TestContext.CancellationToken))?.Phone == "+1 217 555 0102",
            Patience,
            TestContext.CancellationToken);
        TestContext.WriteLine($"first callback to store: {took.Value.TotalMilliseconds:F0} ms; second: {again?.TotalMilliseconds:F0} ms");
        Assert.IsNotNull(again);
        Assert.IsLessThan(TimeSpan.FromSeconds(1), again.Value, $"took {again.Value.TotalMilliseconds:F0} ms");
        Assert.IsNull(await h.Host.Services.StateOf(h.InstanceInfo).GetCursorAsync(BssModules.Accounts, TestContext.CancellationToken), "no scheduled pull ran: the cursor was never set");
        Assert.AreEqual(otherPhone, (await h.AccountAsync("ACC-0002", TestContext.CancellationToken))!.Phone, "only the named record was pulled (another company's change, made without a callback, stays in ConnectWise)");
        Assert.IsNotNull(
            await CallbackHarness.WaitUntilAsync(async () => await h.QueuedAsync(TestContext.CancellationToken) == 0, Patience, TestContext.CancellationToken),
            "the notification leaves the queue once its pull completed");
    }

    [TestMethod]
    public async Task DuplicatedAndReorderedCallbacks_EndInConnectWisesStateWithReplaysRefused()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken);
        h.Simulator.Callbacks.Faults.Seed = 7;
        h.Simulator.Callbacks.Faults.DuplicateShare = 0.5;
        h.Simulator.Callbacks.Faults.ReorderShare = 0.5;
        var ids = new[] { "ACC-0001", "ACC-0002", "ACC-0003" };
        var companies = new List<int>();
        foreach (var id in ids)
        {
            companies.Add(await h.CompanyIdAsync(id, TestContext.CancellationToken));
        }

        foreach (var (company, phone) in new[] { (0, "+1 217 555 0011"), (1, "+1 217 555 0021"), (0, "+1 217 555 0012"), (2, "+1 217 555 0031"), (1, "+1 217 555 0022"), (0, "+1 217 555 0013") })
        {
            await h.ChangeCompanyPhoneAsync(companies[company], phone, TestContext.CancellationToken);
        }

        await h.Simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);
        var settled = await CallbackHarness.WaitUntilAsync(
            async () =>
            {
                var names = await Task.WhenAll(ids.Select(id => h.AccountAsync(id, TestContext.CancellationToken)));
                return names.Select(a => a?.Phone).SequenceEqual(["+1 217 555 0013", "+1 217 555 0022", "+1 217 555 0031"]) && await h.QueuedAsync(TestContext.CancellationToken) == 0;
            },
            Patience,
            TestContext.CancellationToken);

        Assert.IsNotNull(settled, "the store did not end in ConnectWise's state");
        var deliveries = h.Simulator.Callbacks.Deliveries;
        Assert.IsTrue(deliveries.Any(d => d.Status == 200), "a duplicate was answered as a replay");
        Assert.AreEqual(6, deliveries.Count(d => d.Status == 202), "each change was queued once");
        CollectionAssert.AreNotEqual(
            deliveries.Where(d => d.Status == 202).Select(d => d.RecordId).ToArray(),
            new[] { companies[0], companies[1], companies[0], companies[2], companies[1], companies[0] },
            "the faults reordered some callbacks");
    }

    [TestMethod]
    public async Task OwnPush_IsNotSentBackAsAChange()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken);
        var account = (await h.AccountAsync("ACC-0001", TestContext.CancellationToken))!;
        await h.Host.Services.Records.UpsertAsync([account with { Name = "Renamed In The BSS" }], TestContext.CancellationToken);
        var runsBefore = (await h.Host.Services.Runs.ListAsync(h.InstanceInfo.Id, 50, TestContext.CancellationToken)).Count;

        var pushed = await new SyncRunner(h.Host.Services).RunAsync(new SyncRequest { InstanceName = CallbackHarness.Instance, Modules = [BssModules.Accounts] }, null, TestContext.CancellationToken);
        await h.Simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);

        Assert.AreEqual(PushOutcome.Updated.ToString(), pushed.Results.Single(r => r.BssId == "ACC-0001").Outcome);
        Assert.IsEmpty(h.Simulator.Callbacks.Deliveries, "ConnectWise leaves out the writes of the member that registered the callbacks");
        Assert.AreEqual(runsBefore + 1, (await h.Host.Services.Runs.ListAsync(h.InstanceInfo.Id, 50, TestContext.CancellationToken)).Count, "no pull followed the push");
    }

    [TestMethod]
    public async Task OwnPush_StrictProfileSendsItBack_PullKeepsThePushedValues()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken, SimulatorProfile.Strict);
        var account = (await h.AccountAsync("ACC-0001", TestContext.CancellationToken))!;
        await h.Host.Services.Records.UpsertAsync([account with { Name = "Renamed In The BSS" }], TestContext.CancellationToken);
        var runsBefore = (await h.Host.Services.Runs.ListAsync(h.InstanceInfo.Id, 50, TestContext.CancellationToken)).Count;

        await new SyncRunner(h.Host.Services).RunAsync(new SyncRequest { InstanceName = CallbackHarness.Instance, Modules = [BssModules.Accounts] }, null, TestContext.CancellationToken);
        await h.Simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);
        var pulled = await CallbackHarness.WaitUntilAsync(
            async () => (await h.Host.Services.Runs.ListAsync(h.InstanceInfo.Id, 50, TestContext.CancellationToken)).Count == runsBefore + 2 && await h.QueuedAsync(TestContext.CancellationToken) == 0,
            Patience,
            TestContext.CancellationToken);

        Assert.IsNotNull(pulled, "the strict profile sends our own write back and the worker pulls it");
        Assert.AreEqual(1, h.Simulator.Callbacks.Deliveries.Count(d => d.Status == 202));
        Assert.AreEqual("Renamed In The BSS", (await h.AccountAsync("ACC-0001", TestContext.CancellationToken))!.Name);
    }

    [TestMethod]
    public async Task ForgedSignature_RefusedAndNothingStored()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken);
        var companyId = await h.CompanyIdAsync("ACC-0001", TestContext.CancellationToken);
        await h.ChangeCompanyPhoneAsync(companyId, "+1 217 555 0199", TestContext.CancellationToken);
        await h.Simulator.Callbacks.WaitForIdleAsync(TestContext.CancellationToken);
        await CallbackHarness.WaitUntilAsync(async () => await h.QueuedAsync(TestContext.CancellationToken) == 0, Patience, TestContext.CancellationToken);
        var runsBefore = (await h.Host.Services.Runs.ListAsync(h.InstanceInfo.Id, 50, TestContext.CancellationToken)).Count;
        var body = Payload(companyId, h.Simulator.Callbacks.KeyUrl);
        var forged = Convert.ToBase64String(HMACSHA256.HashData(SHA256.HashData("guessed key"u8.ToArray()), body));

        var (status, _) = await PostAsync(h.Receiver, body, forged);

        Assert.AreEqual(HttpStatusCode.Unauthorized, status);
        Assert.AreEqual(0, await h.QueuedAsync(TestContext.CancellationToken));
        await Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.CancellationToken);
        Assert.AreEqual(runsBefore, (await h.Host.Services.Runs.ListAsync(h.InstanceInfo.Id, 50, TestContext.CancellationToken)).Count, "no pull ran");
    }

    [TestMethod]
    public async Task KeyAddressOnAnotherHost_RefusedWithoutFetchingIt()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken);
        using var attacker = new LoopbackReceiver();
        var keyUrl = new Uri(attacker.Url, "key?id=1");
        var body = Payload(await h.CompanyIdAsync("ACC-0001", TestContext.CancellationToken), keyUrl);
        var signature = Convert.ToBase64String(HMACSHA256.HashData(SHA256.HashData("attacker key"u8.ToArray()), body));

        var (status, message) = await PostAsync(h.Receiver, body, signature);

        Assert.AreEqual(HttpStatusCode.Forbidden, status, message);
        Assert.IsEmpty(attacker.Requests);
        Assert.AreEqual(0, await h.QueuedAsync(TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task ReplayOfADeliveredCallback_RefusedAndStoredOnce()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken);
        var body = Payload(await h.CompanyIdAsync("ACC-0002", TestContext.CancellationToken), h.Simulator.Callbacks.KeyUrl);
        var signature = await GenuineSignatureAsync(h.Simulator, body);
        var runsBefore = (await h.Host.Services.Runs.ListAsync(h.InstanceInfo.Id, 50, TestContext.CancellationToken)).Count;

        var (first, _) = await PostAsync(h.Receiver, body, signature);
        await CallbackHarness.WaitUntilAsync(async () => await h.QueuedAsync(TestContext.CancellationToken) == 0, Patience, TestContext.CancellationToken);
        var (replayed, message) = await PostAsync(h.Receiver, body, signature);

        Assert.AreEqual(HttpStatusCode.Accepted, first);
        Assert.AreEqual(HttpStatusCode.OK, replayed);
        Assert.Contains("replay", message);
        Assert.AreEqual(0, await h.QueuedAsync(TestContext.CancellationToken));
        await Task.Delay(TimeSpan.FromMilliseconds(200), TestContext.CancellationToken);
        Assert.AreEqual(runsBefore + 1, (await h.Host.Services.Runs.ListAsync(h.InstanceInfo.Id, 50, TestContext.CancellationToken)).Count, "one pull for the genuine callback, none for its replay");
    }

    [TestMethod]
    public async Task BadRequests_RefusedWithTheirStatusAndNothingStored()
    {
        await using var h = await CallbackHarness.StartAsync(TestContext.CancellationToken);
        var body = Payload(await h.CompanyIdAsync("ACC-0001", TestContext.CancellationToken), h.Simulator.Callbacks.KeyUrl);
        var signature = await GenuineSignatureAsync(h.Simulator, body);

        var unknown = await PostAsync(new Uri(h.Web.Url, "callbacks/nobody"), body, signature);
        var unsigned = await PostAsync(h.Receiver, body, null);
        var malformed = await PostAsync(h.Receiver, "{\"Type\":"u8.ToArray(), signature);
        var oversized = await PostAsync(h.Receiver, new byte[300 * 1024], signature);

        Assert.AreEqual(HttpStatusCode.NotFound, unknown.Status);
        Assert.AreEqual(HttpStatusCode.Unauthorized, unsigned.Status);
        Assert.AreEqual(HttpStatusCode.BadRequest, malformed.Status);
        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, oversized.Status);
        Assert.AreEqual(0, await h.QueuedAsync(TestContext.CancellationToken));
    }

    private static byte[] Payload(int companyId, Uri keyUrl) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["Action"] = "updated",
        ["Entity"] = """{"id":1,"name":"Forged Name"}""",
        ["ID"] = companyId,
        ["MessageId"] = Guid.NewGuid().ToString(),
        ["Metadata"] = new JsonObject { ["key_url"] = keyUrl.AbsoluteUri },
        ["Type"] = "company",
    }.ToJsonString());

    private async Task<string> GenuineSignatureAsync(ConnectWiseSimulator simulator, byte[] body)
    {
        using var http = new HttpClient();
        var key = (string)JsonNode.Parse(await http.GetStringAsync(simulator.Callbacks.KeyUrl, TestContext.CancellationToken))!["signing_key"]!;
        return Convert.ToBase64String(HMACSHA256.HashData(SHA256.HashData(Encoding.UTF8.GetBytes(key)), body));
    }

    private async Task<(HttpStatusCode Status, string Message)> PostAsync(Uri url, byte[] body, string? signature)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("x-content-signature", signature);
        }

        using var response = await http.SendAsync(request, TestContext.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
    }
}
