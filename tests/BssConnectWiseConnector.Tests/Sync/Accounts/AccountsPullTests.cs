using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Tests.TestSupport;
using ConnectWise.Simulator;
using Microsoft.Extensions.Time.Testing;

namespace BssConnectWiseConnector.Tests.Sync.Accounts;

[TestClass]
public sealed class AccountsPullTests
{
    private static async Task<(SimulatorHarness Harness, FakeTimeProvider Clock)> StartAsync(int companies)
    {
        // The records are seeded an hour before the pulls start (the server's Date, on the simulator's clock), so they
        // are older than the pull's bound; edits made after advancing the clock again are newer than it.
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow() - TimeSpan.FromHours(1));
        var harness = await SimulatorHarness.StartAsync(new SimulatorOptions { TimeProvider = clock }, SimulatorHarness.Unthrottled);
        harness.Lookups[LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "1" };
        for (var i = 1; i <= companies; i++)
        {
            harness.Simulator.Store.Add("company/companies", new JsonObject
            {
                ["identifier"] = $"CO{i:D5}",
                ["name"] = $"Company {i}",
                ["types"] = new JsonArray(new JsonObject { ["id"] = 1 }),
                ["country"] = new JsonObject { ["id"] = 3 },
                ["city"] = "Leeds",
            });
        }

        clock.Advance(TimeSpan.FromHours(1));
        harness.Simulator.Requests.Clear();
        return (harness, clock);
    }

    private static async Task<List<PullBatch<Account>>> PullAsync(SimulatorHarness h, string? cursor, int stopAfter = int.MaxValue)
    {
        await using var session = await h.OpenAsync();
        var batches = new List<PullBatch<Account>>();
        await foreach (var batch in session.GetPullModule<Account>(BssModules.Accounts)!.PullAsync(new PullRequest(cursor)))
        {
            batches.Add(batch);
            if (batches.Count == stopAfter)
            {
                break;
            }
        }

        return batches;
    }

    [TestMethod]
    public async Task PullAsync_Full_ReadsEveryCompanyInPagesOf1000()
    {
        var (h, _) = await StartAsync(2100);
        await using var _h = h;

        var batches = await PullAsync(h, null);

        var accounts = batches.SelectMany(b => b.Records).ToArray();
        Assert.AreEqual(h.Simulator.Store.Count("company/companies"), accounts.Length);
        Assert.AreEqual(3, h.Simulator.Requests.Snapshot().Count(r => r.Path.EndsWith("company/companies", StringComparison.Ordinal)));
        var first = accounts.Single(a => a.Record.Code == "CO00001").Record;
        Assert.AreEqual("Customer", first.Type, "the type id maps back through the lookup");
        Assert.AreEqual("United Kingdom", first.BillingAddress!.Country);
        Assert.AreEqual(string.Empty, first.Id, "a company the BSS does not have comes without a BSS id");
    }

    [TestMethod]
    public async Task PullAsync_Interrupted_ResumesAfterTheLastStoredPage()
    {
        var (h, _) = await StartAsync(2100);
        await using var _h = h;

        var firstPage = await PullAsync(h, null, stopAfter: 1);
        var rest = await PullAsync(h, firstPage[0].Checkpoint);

        var ids = firstPage.Concat(rest).SelectMany(b => b.Records).Select(r => r.RemoteId).ToArray();
        Assert.AreEqual(h.Simulator.Store.Count("company/companies"), ids.Length);
        Assert.AreEqual(ids.Length, ids.Distinct().Count(), "no record read twice");
    }

    [TestMethod]
    public async Task PullAsync_IncrementalAfterChanges_OneRequestWithOnlyTheChanges()
    {
        var (h, clock) = await StartAsync(1500);
        await using var _h = h;
        var full = await PullAsync(h, null);
        clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5));
        var changed = h.Simulator.Store.All("company/companies").Take(50).Select(c => (int)c["id"]!).ToArray();
        foreach (var id in changed)
        {
            h.Simulator.Store.Update("company/companies", id, c => c["city"] = "York");
        }

        h.Simulator.Store.Update("company/companies", changed[0], c => c["deletedFlag"] = true);
        h.Simulator.Requests.Clear();

        var incremental = await PullAsync(h, full[^1].Checkpoint);

        var records = incremental.SelectMany(b => b.Records).ToArray();
        CollectionAssert.AreEquivalent(changed.Select(i => i.ToString()).ToArray(), records.Select(r => r.RemoteId).ToArray());
        Assert.AreEqual(1, h.Simulator.Requests.Count);
        Assert.IsTrue(records.Single(r => r.RemoteId == changed[0].ToString()).Deleted);
    }

    [TestMethod]
    [DataRow(2, 1)]
    [DataRow(1000, 1)]
    [DataRow(2100, 3)]
    public async Task PullAsync_PageOfAnySize_ReadsItsLinksInOneStoreCall(int companies, int pages)
    {
        var (h, _) = await StartAsync(companies);
        await using var _h = h;
        var ids = h.Simulator.Store.All("company/companies").Select(c => c["id"]!.ToString()).ToArray();
        await h.Links.SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-FIRST", ids[0], null, DateTimeOffset.UnixEpoch));
        await h.Links.SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-LAST", ids[^1], null, DateTimeOffset.UnixEpoch));
        await using var session = await h.OpenAsync();
        var (singleBefore, batchBefore) = (h.Links.FindByRemoteIdCalls, h.Links.FindByRemoteIdsCalls);

        var records = new List<PulledRecord<Account>>();
        await foreach (var batch in session.GetPullModule<Account>(BssModules.Accounts)!.PullAsync(new PullRequest(null)))
        {
            records.AddRange(batch.Records);
        }

        Assert.AreEqual(pages, h.Links.FindByRemoteIdsCalls - batchBefore, "one link lookup per page, whatever its size");
        Assert.AreEqual(0, h.Links.FindByRemoteIdCalls - singleBefore, "no record's link is looked up on its own");
        Assert.HasCount(companies, records);
        Assert.AreEqual("ACC-FIRST", records.Single(r => r.RemoteId == ids[0]).Record.Id, "the prefetched link still gives the BSS id");
        Assert.AreEqual("ACC-LAST", records.Single(r => r.RemoteId == ids[^1]).Record.Id);
        Assert.AreEqual(2, records.Count(r => r.Record.Id.Length > 0), "an unlinked company still comes without a BSS id");
    }

    [TestMethod]
    public async Task PullAsync_CompaniesWithParentsAndDefaultContacts_ReadsTheirLinksInOneStoreCallPerModule()
    {
        var (h, _) = await StartAsync(1);
        await using var _h = h;
        var parentId = h.Simulator.Store.All("company/companies").Single()["id"]!.GetValue<int>();
        for (var i = 0; i < 6; i++)
        {
            // Children of the one parent; contacts 501 (linked) and 502 (not) as their default contacts, in turn.
            h.Simulator.Store.Add("company/companies", new JsonObject
            {
                ["identifier"] = $"CHILD{i}",
                ["name"] = $"Child {i}",
                ["types"] = new JsonArray(new JsonObject { ["id"] = 1 }),
                ["parentCompany"] = new JsonObject { ["id"] = parentId },
                ["defaultContact"] = new JsonObject { ["id"] = 501 + (i % 2) },
            });
        }

        await h.Links.SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-PARENT", parentId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, DateTimeOffset.UnixEpoch));
        await h.Links.SaveAsync(new IntegrationLink(BssModules.Contacts, "CON-501", "501", null, DateTimeOffset.UnixEpoch));
        await using var session = await h.OpenAsync();
        var (singleBefore, batchBefore) = (h.Links.FindByRemoteIdCalls, h.Links.FindByRemoteIdsCalls);

        var records = new List<PulledRecord<Account>>();
        await foreach (var batch in session.GetPullModule<Account>(BssModules.Accounts)!.PullAsync(new PullRequest(null)))
        {
            records.AddRange(batch.Records);
        }

        Assert.AreEqual(3, h.Links.FindByRemoteIdsCalls - batchBefore, "the page's own links, its parents' and its default contacts': one call each");
        Assert.AreEqual(0, h.Links.FindByRemoteIdCalls - singleBefore, "no reference is looked up on its own");
        var children = records.Where(r => r.Record.Name.StartsWith("Child", StringComparison.Ordinal)).OrderBy(r => r.Record.Name, StringComparer.Ordinal).ToList();
        Assert.HasCount(6, children);
        Assert.IsTrue(children.All(r => r.Record.ParentAccountId == "ACC-PARENT"), "every child names its linked parent");
        CollectionAssert.AreEqual(
            new[] { "CON-501", null, "CON-501", null, "CON-501", null },
            children.Select(r => r.Record.PrimaryContactId).ToArray(),
            "a linked default contact is named; an unlinked one is not");
    }

    [TestMethod]
    public async Task ReadAsync_LinkedCompany_CarriesTheBssId()
    {
        var (h, _) = await StartAsync(1);
        await using var _h = h;
        var id = h.Simulator.Store.All("company/companies").Single(c => (string?)c["identifier"] == "CO00001")["id"]!.ToString();
        await h.Links.SaveAsync(new IntegrationLink(BssModules.Accounts, "ACC-9", id, null, DateTimeOffset.UnixEpoch));
        await using var session = await h.OpenAsync();

        var record = await session.GetPullModule<Account>(BssModules.Accounts)!.ReadAsync(id);

        Assert.AreEqual("ACC-9", record!.Record.Id);
        Assert.AreEqual("Company 1", record.Record.Name);
    }

    [TestMethod]
    public async Task ReadAsync_TextThatIsNoId_NullWithoutARequestAsEveryPullModuleAnswers()
    {
        var (h, _) = await StartAsync(1);
        await using var _h = h;
        await using var session = await h.OpenAsync();
        h.Simulator.Requests.Clear();

        var accounts = await session.GetPullModule<Account>(BssModules.Accounts)!.ReadAsync("not-an-id");
        var products = await session.GetPullModule<Product>(BssModules.Products)!.ReadAsync("not-an-id");

        Assert.IsNull(accounts);
        Assert.IsNull(products);
        Assert.AreEqual(0, h.Simulator.Requests.Count);
    }
}
