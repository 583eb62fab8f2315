using System.Globalization;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace BssConnectWiseConnector.Tests.Benchmarks;

/// <summary>
/// The request budgets of docs/benchmarks.md at small sizes, over real HTTP to the simulator: request counts are
/// deterministic, so they are asserted here; times and memory are only reported by the benchmark harness.
/// </summary>
[TestClass]
public sealed class RequestBudgetTests
{
    private const string Companies = "company/companies";

    private static Account Account(int i) => new()
    {
        Id = "A" + i.ToString("D6", CultureInfo.InvariantCulture),
        Code = "CUST-" + i.ToString("D6", CultureInfo.InvariantCulture),
        Name = $"Customer {i} Ltd",
        Type = "Customer",
        BillingAddress = new Address { Line1 = $"{i} Main St", City = "Leeds", PostalCode = "LS1 4AB", Country = "GB" },
        Phone = "+44 113 496 0000",
    };

    private static Contact ContactOf(Account account) => new()
    {
        Id = "C" + account.Id,
        AccountId = account.Id,
        FirstName = "Pat",
        LastName = "Jones " + account.Id,
        JobTitle = "Finance Director",
        Email = $"pat@{account.Id}.example",
    };

    private static async Task<SimulatorHarness> StartAsync(SimulatorOptions? options = null)
    {
        var harness = await SimulatorHarness.StartAsync(options, SimulatorHarness.Unthrottled);
        harness.Lookups[LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "1" };
        return harness;
    }

    private static async Task<IReadOnlyList<PushResult>> PushAsync<T>(SimulatorHarness h, string module, IReadOnlyList<T> records)
        where T : BssRecord
    {
        await using var session = await h.OpenAsync();
        var push = session.GetPushModule<T>(module)!;
        var results = new List<PushResult>();
        foreach (var batch in records.Chunk(500))
        {
            results.AddRange(await push.PushAsync(batch.Select(r => new PushItem<T>(r, SyncOperation.Update)).ToArray(), PushOptions.Default));
        }

        return results;
    }

    private static async Task<(int Records, string? Checkpoint)> PullAsync(SimulatorHarness h, string? cursor)
    {
        await using var session = await h.OpenAsync();
        var records = 0;
        await foreach (var batch in session.GetPullModule<Account>(BssModules.Accounts)!.PullAsync(new PullRequest(cursor)))
        {
            records += batch.Records.Count;
            cursor = batch.Checkpoint;
        }

        return (records, cursor);
    }

    private static (int Writes, int Reads) Count(SimulatorHarness h)
    {
        var log = h.Simulator.Requests.Snapshot();
        var writes = log.Count(r => r.IsWrite);
        return (writes, log.Count - writes);
    }

    [TestMethod]
    public async Task InitialPush_300AccountsAnd300Contacts_OneWritePerRecordAndAFixedFewReads()
    {
        await using var h = await StartAsync();
        var accounts = Enumerable.Range(1, 300).Select(Account).ToArray();

        var created = (await PushAsync(h, BssModules.Accounts, accounts)).Concat(await PushAsync(h, BssModules.Contacts, accounts.Select(ContactOf).ToArray())).ToArray();

        Assert.IsTrue(created.All(r => r.Outcome == PushOutcome.Created), created.FirstOrDefault(r => r.Outcome != PushOutcome.Created)?.Reason);
        var (writes, reads) = Count(h);
        Assert.AreEqual(600, writes, "one POST per record");
        Assert.AreEqual(600, h.Simulator.Requests.Snapshot().Count(r => r.Method == "POST"));
        // The codebase, the countries, a count and an index page for the accounts, two 'company/id in (…)' reads for the contacts.
        Assert.IsLessThanOrEqualTo(6, reads, $"reads: {reads}");
    }

    [TestMethod]
    public async Task Repush_Unchanged_ZeroRequests()
    {
        await using var h = await StartAsync();
        var accounts = Enumerable.Range(1, 300).Select(Account).ToArray();
        var contacts = accounts.Select(ContactOf).ToArray();
        await PushAsync(h, BssModules.Accounts, accounts);
        await PushAsync(h, BssModules.Contacts, contacts);
        h.Simulator.Requests.Clear();

        var again = (await PushAsync(h, BssModules.Accounts, accounts)).Concat(await PushAsync(h, BssModules.Contacts, contacts)).ToArray();

        Assert.IsTrue(again.All(r => r.Outcome == PushOutcome.Unchanged));
        Assert.AreEqual(0, h.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task Repush_OnePercentChanged_OnePatchPerChangedRecordAndNothingElse()
    {
        await using var h = await StartAsync();
        var accounts = Enumerable.Range(1, 300).Select(Account).ToArray();
        var contacts = accounts.Select(ContactOf).ToArray();
        await PushAsync(h, BssModules.Accounts, accounts);
        await PushAsync(h, BssModules.Contacts, contacts);
        h.Simulator.Requests.Clear();

        var changedAccounts = accounts.Select((a, i) => i % 100 == 0 ? a with { Phone = "+44 113 496 9999" } : a).ToArray();
        var changedContacts = contacts.Select((c, i) => i % 100 == 0 ? c with { JobTitle = "CFO" } : c).ToArray();
        var results = (await PushAsync(h, BssModules.Accounts, changedAccounts)).Concat(await PushAsync(h, BssModules.Contacts, changedContacts)).ToArray();

        Assert.AreEqual(6, results.Count(r => r.Outcome == PushOutcome.Updated));
        var log = h.Simulator.Requests.Snapshot();
        Assert.AreEqual(6, log.Count, string.Join(", ", log.Select(r => $"{r.Method} {r.Path}")));
        Assert.IsTrue(log.All(r => r.Method == "PATCH"));
    }

    [TestMethod]
    public async Task FullPull_2100Companies_CeilNOver1000ListRequests_ThenIncrementalAfter50Changes_OneRequest()
    {
        // The records are seeded an hour before the full pull starts (the server's Date, on the simulator's clock), so
        // the incremental pull sees exactly the later edits.
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow() - TimeSpan.FromHours(1));
        await using var h = await StartAsync(new SimulatorOptions { TimeProvider = clock });
        for (var i = 1; i <= 2100; i++)
        {
            h.Simulator.Store.Add(Companies, new JsonObject { ["identifier"] = $"CO{i:D5}", ["name"] = $"Company {i}", ["status"] = new JsonObject { ["id"] = 1 } });
        }

        var total = h.Simulator.Store.Count(Companies);
        clock.Advance(TimeSpan.FromHours(1));
        h.Simulator.Requests.Clear();

        var (records, checkpoint) = await PullAsync(h, null);

        Assert.AreEqual(total, records);
        var log = h.Simulator.Requests.Snapshot();
        Assert.AreEqual((total + 999) / 1000, log.Count(r => r.Path.EndsWith(Companies, StringComparison.Ordinal)), "ceil(N/1000) list requests");
        Assert.AreEqual(1, log.Count(r => !r.Path.EndsWith(Companies, StringComparison.Ordinal)), "and the codebase, once per instance");

        clock.Advance(TimeSpan.FromMinutes(65));
        foreach (var id in h.Simulator.Store.All(Companies).Take(50).Select(c => (int)c["id"]!))
        {
            h.Simulator.Store.Update(Companies, id, c => c["city"] = "York");
        }

        h.Simulator.Requests.Clear();
        var (changed, _) = await PullAsync(h, checkpoint);

        Assert.AreEqual(50, changed);
        Assert.AreEqual(1, h.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task Push_Under429Storm_FinishesAndWastesNoRequestBeyondThe429s()
    {
        var accounts = Enumerable.Range(1, 60).Select(Account).ToArray();
        int budget;
        await using (var calm = await StartAsync())
        {
            await PushAsync(calm, BssModules.Accounts, accounts);
            budget = calm.Simulator.Requests.Count;
        }

        await using var h = await StartAsync();
        h.Simulator.Options.Faults.TooManyRequestsShare = 0.2;
        h.Simulator.Options.Faults.RetryAfterSeconds = 1;

        var results = await PushAsync(h, BssModules.Accounts, accounts);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), results.FirstOrDefault(r => r.Outcome != PushOutcome.Created)?.Reason);
        var log = h.Simulator.Requests.Snapshot();
        Assert.IsGreaterThan(0, log.Count(r => r.Status == 429), "the storm happened");
        Assert.AreEqual(budget, log.Count(r => r.Status != 429), "every request that was not a 429 was needed");
        Assert.AreEqual(60, h.Simulator.Store.Count(Companies));
    }

    [TestMethod]
    public async Task Subscriptions_50Over10Customers_AgreementsPlusAdditionsThenZero()
    {
        await using var h = await StartAsync();
        await using (var probe = await h.OpenAsync())
        {
            if (probe.GetPushModule<Subscription>(BssModules.Subscriptions) is null)
            {
                Assert.Inconclusive("This build has no Subscriptions push module.");
            }
        }

        h.Lookups[LookupNames.BillingCycle] = new Dictionary<string, string> { ["Monthly"] = "1" };
        await h.Links.SaveAsync(new IntegrationLink(BssModules.Products, "P1", "1", null, DateTimeOffset.UnixEpoch));
        await h.Links.SaveAsync(new IntegrationLink(BssModules.Products, "P2", "2", null, DateTimeOffset.UnixEpoch));
        var subscriptions = new List<Subscription>();
        for (var c = 1; c <= 10; c++)
        {
            var account = $"A{c}";
            var company = h.Simulator.Store.Add(Companies, new JsonObject { ["identifier"] = account, ["name"] = "Customer " + account, ["status"] = new JsonObject { ["id"] = 1 } });
            var contact = h.Simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Pat", ["lastName"] = account, ["company"] = new JsonObject { ["id"] = company } });
            h.Simulator.Store.Update(Companies, company, x => x["defaultContact"] = new JsonObject { ["id"] = contact });
            h.Records.Add(new Account { Id = account, Code = account, Name = "Customer " + account, BillingAddress = new Address { City = "Springfield" } });
            await h.Links.SaveAsync(new IntegrationLink(BssModules.Accounts, account, company.ToString(CultureInfo.InvariantCulture), null, DateTimeOffset.UnixEpoch));
            subscriptions.AddRange(Enumerable.Range(1, 5).Select(k => new Subscription
            {
                Id = $"S-{account}-{k}",
                AccountId = account,
                ProductId = k % 2 == 0 ? "P2" : "P1",
                Name = $"Seats {k} for {account}",
                Quantity = 5 + k,
                UnitPrice = 5m,
                UnitCost = 2.5m,
                BillingCycle = "Monthly",
                StartDate = new DateOnly(2026, 1, 1),
            }));
        }

        h.Simulator.Requests.Clear();

        var first = await PushAsync(h, BssModules.Subscriptions, subscriptions);

        Assert.IsTrue(first.All(r => r.Outcome == PushOutcome.Created), first.FirstOrDefault(r => r.Outcome != PushOutcome.Created)?.Reason);
        Assert.AreEqual(10 + 50, Count(h).Writes, "one agreement per customer and one addition per subscription");

        h.Simulator.Requests.Clear();
        var again = await PushAsync(h, BssModules.Subscriptions, subscriptions);

        Assert.IsTrue(again.All(r => r.Outcome == PushOutcome.Unchanged));
        Assert.AreEqual(0, h.Simulator.Requests.Count);
    }
}
