using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;

namespace BssConnectWiseConnector.Tests.Http;

/// <summary>The API layer against the simulator's injected faults, over real HTTP: nothing duplicated, nothing lost.</summary>
[TestClass]
public sealed class FaultToleranceSimulatorTests
{
    private static readonly ResilienceOptions FastRetries = new()
    {
        RequestsPerMinute = 1_000_000,
        BaseDelay = TimeSpan.FromMilliseconds(5),
        MaxDelay = TimeSpan.FromMilliseconds(200),
        MaxRetryAttempts = 8,
    };

    private static Account[] Accounts(int count) =>
        Enumerable.Range(1, count).Select(i => new Account { Id = $"A{i}", Code = $"FT-{i:D3}", Name = $"Fault Tolerant {i}", BillingAddress = new Address { City = "Springfield" } }).ToArray();

    private static int CompaniesWithPrefix(ConnectWiseSimulator simulator) =>
        simulator.Store.All("company/companies").Count(c => ((string?)c["identifier"])?.StartsWith("FT-", StringComparison.Ordinal) == true);

    [TestMethod]
    public async Task Push_ThrottledHalfTheTime_EveryAccountCreatedOnce()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: FastRetries);
        h.Simulator.Options.Faults.TooManyRequestsShare = 0.5;
        h.Simulator.Options.Faults.RetryAfterSeconds = 0;

        var results = await h.PushAsync(BssModules.Accounts, Accounts(30));

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", results.Select(r => r.Reason)));
        Assert.AreEqual(30, CompaniesWithPrefix(h.Simulator));
        Assert.IsGreaterThan(0, h.Simulator.Requests.Snapshot().Count(r => r.Status == 429));
    }

    [TestMethod]
    public async Task Pull_ServerErrorsOnReads_RetriedAndNothingLost()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: FastRetries);
        await h.PushAsync(BssModules.Accounts, Accounts(40));
        h.Simulator.Options.Faults.ServerErrorShare = 0.3;
        await using var session = await h.OpenAsync();

        var pulled = new List<PulledRecord<Account>>();
        await foreach (var batch in session.GetPullModule<Account>(BssModules.Accounts)!.PullAsync(new PullRequest(null)))
        {
            pulled.AddRange(batch.Records);
        }

        Assert.AreEqual(h.Simulator.Store.Count("company/companies"), pulled.Count);
    }

    [TestMethod]
    public async Task Push_PostCommittedThenFailed_NoBlindRetryAndTheNextRunAdopts()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: FastRetries);
        h.Simulator.Options.Faults.CommitThenFailShare = 1;

        var first = await h.PushAsync(BssModules.Accounts, Accounts(3));

        Assert.IsTrue(first.All(r => r.FailureKind == FailureKind.Transient), string.Join("; ", first.Select(r => r.Reason)));
        Assert.AreEqual(3, h.Simulator.Requests.Snapshot().Count(r => r.Method == "POST"), "a failed POST is not retried blindly");
        Assert.IsEmpty(h.Links.All);

        h.Simulator.Options.Faults.Reset();
        var second = await h.PushAsync(BssModules.Accounts, Accounts(3));

        Assert.IsTrue(second.All(r => r.Reason?.Contains("Adopted", StringComparison.Ordinal) == true), string.Join("; ", second.Select(r => r.Reason)));
        Assert.AreEqual(3, CompaniesWithPrefix(h.Simulator), "no duplicate");
        Assert.HasCount(3, h.Links.All);
    }

    [TestMethod]
    public async Task Push_PostAnsweredWithRedirectToHttp_NotFollowedAndTheRecordIsAdoptedOrRetriedWithoutDuplicate()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: FastRetries);
        h.Simulator.Options.Faults.RedirectPostShare = 1;

        var results = await h.PushAsync(BssModules.Accounts, Accounts(2));
        h.Simulator.Options.Faults.Reset();
        var again = await h.PushAsync(BssModules.Accounts, Accounts(2));

        Assert.IsFalse(h.Simulator.Requests.Snapshot().Any(r => r.Path.Contains("redirect", StringComparison.OrdinalIgnoreCase) && r.Method != "POST"));
        Assert.IsTrue(again.All(r => r.Outcome != PushOutcome.Failed), string.Join("; ", again.Select(r => r.Reason)));
        Assert.AreEqual(2, CompaniesWithPrefix(h.Simulator), "no duplicate: " + string.Join("; ", results.Select(r => r.Reason)));
    }

    [TestMethod]
    public async Task Push_CodebaseChangesMidRun_RediscoveredOnceAndTheWriteLands()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: FastRetries);
        await h.PushAsync(BssModules.Accounts, Accounts(1));
        h.Simulator.Options.Codebase = "v2026_4/";
        h.Simulator.Requests.Clear();

        var results = await h.PushAsync(BssModules.Accounts, Accounts(1).Select(a => a with { Name = "Renamed" }).ToArray());

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        var requests = h.Simulator.Requests.Snapshot();
        Assert.AreEqual(1, requests.Count(r => r.Path.Contains("companyinfo", StringComparison.Ordinal)));
        Assert.IsTrue(requests[^1].Path.Contains("/v2026_4/", StringComparison.Ordinal));
        Assert.AreEqual("Renamed", (string?)h.Simulator.Store.All("company/companies").Single(c => (string?)c["identifier"] == "FT-001")["name"]);
    }

    [TestMethod]
    public async Task Push_KeysRevoked_ConfigurationFailureWithoutTheSecret()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: FastRetries);
        h.Variables["PrivateKey"] = "wrong-private-key-value";

        var results = await h.PushAsync(BssModules.Accounts, Accounts(1));

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind, results[0].Reason);
        Assert.DoesNotContain("wrong-private-key-value", results[0].Reason!);
    }
}
