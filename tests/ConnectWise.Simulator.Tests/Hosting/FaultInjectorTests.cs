using System.Diagnostics;
using System.Net;
using ConnectWise.Simulator.Tests.Support;

namespace ConnectWise.Simulator.Tests.Hosting;

[TestClass]
public sealed class FaultInjectorTests
{
    private const string Company = """{"identifier":"ACME","name":"Acme Inc","city":"Springfield"}""";

    [TestMethod]
    public async Task Latency_Set_DelaysEveryApiCall()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.Latency = TimeSpan.FromMilliseconds(250);
        using var client = SimulatorHttp.Client(simulator);

        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync("company/companies");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.IsGreaterThanOrEqualTo(200, watch.ElapsedMilliseconds);
    }

    [TestMethod]
    public async Task TooManyRequestsShare_One_Answers429WithRetryAfter()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.TooManyRequestsShare = 1;
        simulator.Options.Faults.RetryAfterSeconds = 3;
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies");

        Assert.AreEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.AreEqual(TimeSpan.FromSeconds(3), response.Headers.RetryAfter!.Delta);
        Assert.AreEqual("TooManyRequests", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["code"]);
    }

    [TestMethod]
    public async Task RequestsPerMinuteLimit_Exceeded_Answers429UntilTheWindowMoves()
    {
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var simulator = await ConnectWiseSimulator.StartAsync(new SimulatorOptions { TimeProvider = clock });
        simulator.Options.Faults.RequestsPerMinuteLimit = 3;
        using var client = SimulatorHttp.Client(simulator);

        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("company/companies");
            Assert.AreEqual(HttpStatusCode.OK, allowed.StatusCode);
            clock.Advance(TimeSpan.FromSeconds(10));
        }

        using var limited = await client.GetAsync("company/companies");
        clock.Advance(TimeSpan.FromSeconds(31));
        using var afterWindow = await client.GetAsync("company/companies");

        Assert.AreEqual(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.AreEqual(TimeSpan.FromSeconds(30), limited.Headers.RetryAfter!.Delta);
        Assert.AreEqual(HttpStatusCode.OK, afterWindow.StatusCode);
    }

    [TestMethod]
    public async Task ServerErrorShare_One_Answers5xxWithoutWriting()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.ServerErrorShare = 1;
        using var client = SimulatorHttp.Client(simulator);

        var statuses = new List<int>();
        for (var i = 0; i < 10; i++)
        {
            using var response = await client.PostAsync("company/companies", SimulatorHttp.Json(Company));
            statuses.Add((int)response.StatusCode);
        }

        Assert.IsTrue(statuses.All(status => status is 500 or 503));
        CollectionAssert.Contains(statuses, 500);
        CollectionAssert.Contains(statuses, 503);
        Assert.AreEqual(0, simulator.Store.Count("company/companies"));
    }

    [TestMethod]
    public async Task DropConnectionShare_One_FailsTheClientAndLogsAbort()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.DropConnectionShare = 1;
        using var client = SimulatorHttp.Client(simulator);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync("company/companies"));

        await WaitForAsync(() => simulator.Requests.Count == 1);
        Assert.IsTrue(simulator.Requests.Snapshot()[0].Aborted);
    }

    [TestMethod]
    public async Task CommitThenFail_ServerError_CreatesRecordButAnswers500()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.CommitThenFailShare = 1;
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json(Company));

        Assert.AreEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.AreEqual(1, simulator.Store.Count("company/companies"));
    }

    [TestMethod]
    public async Task CommitThenFail_DropConnection_CreatesRecordButDropsTheResponse()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.CommitThenFailShare = 1;
        simulator.Options.Faults.CommitThenFailMode = CommitFailureMode.DropConnection;
        using var client = SimulatorHttp.Client(simulator);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.PostAsync("company/companies", SimulatorHttp.Json(Company)));

        Assert.AreEqual(1, simulator.Store.Count("company/companies"));
    }

    [TestMethod]
    public async Task CommitThenFail_InvalidPost_PassesTheRealErrorThrough()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.CommitThenFailShare = 1;
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.PostAsync("company/companies", SimulatorHttp.Json("{}"));

        Assert.AreEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.AreEqual("InvalidObject", (string?)(await SimulatorHttp.ReadJsonAsync(response))!["code"]);
    }

    [TestMethod]
    public async Task RedirectPostShare_One_Answers302ToHttpWithoutCreating()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.RedirectPostShare = 1;
        using var client = SimulatorHttp.Client(simulator);
        using var handler = new HttpClientHandler { AllowAutoRedirect = false };
        using var noRedirects = new HttpClient(handler) { BaseAddress = client.BaseAddress };
        noRedirects.DefaultRequestHeaders.Authorization = client.DefaultRequestHeaders.Authorization;
        noRedirects.DefaultRequestHeaders.Add("clientId", simulator.Options.ClientId);

        using var response = await noRedirects.PostAsync("company/companies", SimulatorHttp.Json(Company));

        Assert.AreEqual(HttpStatusCode.Found, response.StatusCode);
        Assert.AreEqual("http", response.Headers.Location!.Scheme);
        Assert.AreEqual(0, simulator.Store.Count("company/companies"));
    }

    [TestMethod]
    public async Task Faults_NeverApplyToCompanyInfo()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.ServerErrorShare = 1;
        using var client = new HttpClient { BaseAddress = simulator.SiteUrl };

        using var response = await client.GetAsync("login/companyinfo/sandbox");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [TestMethod]
    public async Task Seed_SameSeedAndShare_RepeatsTheSameSequence()
    {
        var first = await StatusSequenceAsync(seed: 42);
        var second = await StatusSequenceAsync(seed: 42);

        CollectionAssert.AreEqual(first, second);
        CollectionAssert.Contains(first, 200);
        CollectionAssert.Contains(first, 429);
    }

    [TestMethod]
    public async Task Reset_AfterFaults_ServesNormally()
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.ServerErrorShare = 1;
        simulator.Options.Faults.Reset();
        using var client = SimulatorHttp.Client(simulator);

        using var response = await client.GetAsync("company/companies");

        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<int[]> StatusSequenceAsync(int seed)
    {
        await using var simulator = await ConnectWiseSimulator.StartAsync();
        simulator.Options.Faults.Seed = seed;
        simulator.Options.Faults.TooManyRequestsShare = 0.5;
        using var client = SimulatorHttp.Client(simulator);
        var statuses = new int[20];
        for (var i = 0; i < statuses.Length; i++)
        {
            using var response = await client.GetAsync("company/companies");
            statuses[i] = (int)response.StatusCode;
        }

        return statuses;
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(20);
        }

        Assert.IsTrue(condition());
    }
}
