using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using ConnectWise.Simulator;
using BssConnectWiseConnector.Tests.TestSupport;
using BssContact = Bss.IntegrationFramework.Contact;

namespace BssConnectWiseConnector.Tests.Sync.Contacts;

[TestClass]
public sealed class ContactsSimulatorTests
{
    private static readonly Account Acme = new() { Id = "ACC-1", Code = "ACME", Name = "Acme Dental", BillingAddress = new Address { City = "Springfield" } };

    private static BssContact Contact(string id, string first, string email, string? phone = null) =>
        new() { Id = id, AccountId = "ACC-1", FirstName = first, LastName = "Jones", JobTitle = "Office manager", Email = email, Phone = phone };

    [TestMethod]
    public async Task Push_AccountNotLinked_PushesTheAccountOnceThenTheContacts()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        h.Records.Add(Acme);

        var results = await h.PushAsync(BssModules.Contacts, Contact("C1", "Ann", "ann@acme.example"), Contact("C2", "Bob", "bob@acme.example"));

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", results.Select(r => r.Reason)));
        Assert.AreEqual(1, h.Simulator.Store.All("company/companies").Count(c => (string?)c["identifier"] == "ACME"));
        var companyId = int.Parse(h.Links.All.Single(l => l.Module == BssModules.Accounts).RemoteId);
        var contacts = h.Simulator.Store.All("company/contacts").Where(c => (int?)c["company"]?["id"] == companyId).ToArray();
        Assert.HasCount(2, contacts);
        Assert.AreEqual("ann@acme.example", (string?)contacts.Single(c => (string?)c["firstName"] == "Ann")["communicationItems"]?[0]?["value"]);
    }

    [TestMethod]
    public async Task Push_AccountFails_ContactFailsWithTheAccountsReason()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        h.Records.Add(Acme with { Name = "" });

        var results = await h.PushAsync(BssModules.Contacts, Contact("C1", "Ann", "ann@acme.example"));

        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        Assert.Contains("ACC-1", results[0].Reason!);
        Assert.Contains("name is required", results[0].Reason!);
    }

    [TestMethod]
    public async Task Push_Again_UnchangedAtZeroRequests()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        h.Records.Add(Acme);
        await h.PushAsync(BssModules.Contacts, Contact("C1", "Ann", "ann@acme.example"));
        h.Simulator.Requests.Clear();

        var results = await h.PushAsync(BssModules.Contacts, Contact("C1", "Ann", "ann@acme.example"));

        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome);
        Assert.AreEqual(0, h.Simulator.Requests.Count);
    }

    [TestMethod]
    [DataRow(2)]
    [DataRow(40)]
    public async Task Push_AgainInABatchOfAnySize_ReadsTheLinksInTheSameFewStoreCalls(int contacts)
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        h.Records.Add(Acme);
        var batch = Enumerable.Range(1, contacts).Select(i => Contact($"C{i}", $"Ann{i}", $"ann{i}@acme.example")).ToArray();
        await h.PushAsync(BssModules.Contacts, batch);
        var before = h.Links.GetManyCalls;

        var results = await h.PushAsync(BssModules.Contacts, batch);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Unchanged), string.Join("; ", results.Select(r => r.Reason)));
        Assert.AreEqual(3, h.Links.GetManyCalls - before, "the batch's links, its accounts' (resolving them), its accounts' again (the fingerprints); none per contact");
    }

    [TestMethod]
    [DataRow(2)]
    [DataRow(40)]
    public async Task Push_NewContactsOfALinkedAccountInABatchOfAnySize_ReadsTheLinksInTheSameFewStoreCalls(int contacts)
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        h.Records.Add(Acme);
        await h.PushAsync(BssModules.Accounts, Acme);
        var batch = Enumerable.Range(1, contacts).Select(i => Contact($"C{i}", $"Ann{i}", $"ann{i}@acme.example")).ToArray();
        var before = h.Links.GetManyCalls;

        var results = await h.PushAsync(BssModules.Contacts, batch);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", results.Select(r => r.Reason)));
        Assert.AreEqual(3, h.Links.GetManyCalls - before, "the batch's links, its accounts' (resolving them), its accounts' again (the fingerprints and the payloads); none per contact");
    }

    [TestMethod]
    [DataRow(2)]
    [DataRow(40)]
    public async Task Pull_ContactsOfALinkedAccount_FingerprintsThemWithoutAStoreQueryEach(int contacts)
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        h.Records.Add(Acme);
        await h.PushAsync(BssModules.Accounts, Acme);
        var companyId = int.Parse(h.Links.All.Single(l => l.Module == BssModules.Accounts).RemoteId);
        for (var i = 1; i <= contacts; i++)
        {
            h.Simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = $"Ann{i}", ["lastName"] = "Jones", ["company"] = new JsonObject { ["id"] = companyId } });
        }

        await using var session = await h.OpenAsync();
        var before = h.Links.GetManyCalls;
        var pulled = new List<PulledRecord<BssContact>>();
        await foreach (var batch in session.GetPullModule<BssContact>(BssModules.Contacts)!.PullAsync(new PullRequest(null)))
        {
            pulled.AddRange(batch.Records);
        }

        Assert.HasCount(contacts, pulled);
        Assert.IsTrue(pulled.All(p => p.Record.AccountId == "ACC-1"), "every contact names its linked account");
        Assert.AreEqual(0, h.Links.GetManyCalls - before, "the merge's fingerprints take the account's link the page read; none asks the store");
    }

    [TestMethod]
    public async Task Push_ExistingContactWithOtherItems_AdoptsAndMergesItemsInPlace()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        h.Records.Add(Acme);
        await h.PushAsync(BssModules.Accounts, Acme);
        var companyId = int.Parse(h.Links.All.Single().RemoteId);
        var existing = h.Simulator.Store.Add("company/contacts", new JsonObject
        {
            ["firstName"] = "Ann",
            ["lastName"] = "Jones",
            ["company"] = new JsonObject { ["id"] = companyId },
            ["communicationItems"] = new JsonArray(
                new JsonObject { ["id"] = 501, ["type"] = new JsonObject { ["name"] = "Email" }, ["value"] = "ANN@acme.example", ["communicationType"] = "Email", ["defaultFlag"] = true },
                new JsonObject { ["id"] = 502, ["type"] = new JsonObject { ["name"] = "Pager" }, ["value"] = "555-0199", ["communicationType"] = "Phone", ["defaultFlag"] = false }),
        });

        var results = await h.PushAsync(BssModules.Contacts, Contact("C1", "Ann", "ann@acme.example", phone: "+1 555 0100"));

        Assert.AreEqual(existing.ToString(), results[0].RemoteId, results[0].Reason);
        var items = h.Simulator.Store.Get("company/contacts", existing)!["communicationItems"]!.AsArray();
        Assert.AreEqual(1, h.Simulator.Store.All("company/contacts").Count(c => (string?)c["firstName"] == "Ann"));
        Assert.AreEqual("555-0199", (string?)items.Single(i => (string?)i?["type"]?["name"] == "Pager")?["value"], "items of other types are kept");
        var email = items.Single(i => (string?)i?["type"]?["name"] == "Email");
        Assert.AreEqual("ann@acme.example", (string?)email?["value"]);
        Assert.AreEqual(501, (int?)email?["id"], "edited in place, not duplicated");
        Assert.AreEqual("+1 555 0100", (string?)items.Single(i => (string?)i?["type"]?["name"] == "Direct")?["value"]);
    }

    [TestMethod]
    public async Task Push_Delete_MarksTheContactInactive()
    {
        await using var h = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        h.Records.Add(Acme);
        var created = await h.PushAsync(BssModules.Contacts, Contact("C1", "Ann", "ann@acme.example"));
        await using var session = await h.OpenAsync();

        var results = await session.GetPushModule<BssContact>(BssModules.Contacts)!.PushAsync([new PushItem<BssContact>(Contact("C1", "Ann", "ann@acme.example"), SyncOperation.Delete)], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome);
        Assert.IsTrue((bool?)h.Simulator.Store.Get("company/contacts", int.Parse(created[0].RemoteId!))!["inactiveFlag"]);
    }

    [TestMethod]
    public async Task Push_ContactWithDirectAndMobileInTheStrictProfile_CreatedWithOneDefaultPhone()
    {
        await using var h = await SimulatorHarness.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict }, SimulatorHarness.Unthrottled);
        h.Records.Add(Acme);

        var results = await h.PushAsync(BssModules.Contacts, Contact("C1", "Ann", "ann@acme.example", "555-0100") with { Mobile = "555-0101" });

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var items = h.Simulator.Store.Get("company/contacts", int.Parse(results[0].RemoteId!))!["communicationItems"]!.AsArray();
        var defaults = items.Where(i => (bool?)i!["defaultFlag"] == true).Select(i => (string?)i!["type"]!["name"]).ToArray();
        CollectionAssert.AreEquivalent(new[] { "Email", "Direct" }, defaults);
    }
}
