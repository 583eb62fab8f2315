using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using ConnectWise.Simulator;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Accounts;

[TestClass]
public sealed class AccountsSimulatorTests
{
    private static Account Account(string id, string? code = null, string name = "Northwind Traders", string? parent = null) => new()
    {
        Id = id,
        Code = code ?? id,
        Name = name,
        Type = "Customer",
        ParentAccountId = parent,
        BillingAddress = new Address { Line1 = "1 Main St", City = "Leeds", PostalCode = "LS1 4AB", Country = "GB" },
        Phone = "+44 113 496 0000",
        Website = "https://northwind.example",
    };

    private static async Task<SimulatorHarness> StartAsync()
    {
        var harness = await SimulatorHarness.StartAsync(resilience: SimulatorHarness.Unthrottled);
        harness.Lookups[LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "1", ["Prospect"] = "2" };
        return harness;
    }

    [TestMethod]
    public async Task Push_NewAccount_CreatesCompanyWithMappedFieldsAndLinks()
    {
        await using var h = await StartAsync();

        var results = await h.PushAsync(BssModules.Accounts, Account("A1", "NORTHWIND"));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var company = h.Simulator.Store.Get("company/companies", int.Parse(results[0].RemoteId!))!;
        Assert.AreEqual("NORTHWIND", (string?)company["identifier"]);
        Assert.AreEqual("Northwind Traders", (string?)company["name"]);
        Assert.AreEqual("1 Main St", (string?)company["addressLine1"]);
        Assert.AreEqual(3, (int?)company["country"]?["id"], "GB resolves to United Kingdom by its code");
        Assert.AreEqual(1, (int?)company["types"]?[0]?["id"]);
        Assert.AreEqual(results[0].RemoteId, h.Links.All.Single().RemoteId);
    }

    [TestMethod]
    public async Task Push_Again_UnchangedAtZeroRequests()
    {
        await using var h = await StartAsync();
        await h.PushAsync(BssModules.Accounts, Account("A1"), Account("A2"));
        h.Simulator.Requests.Clear();

        var results = await h.PushAsync(BssModules.Accounts, Account("A1"), Account("A2"));

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Unchanged));
        Assert.AreEqual(0, h.Simulator.Requests.Count);
    }

    [TestMethod]
    [DataRow(2)]
    [DataRow(40)]
    public async Task Push_AgainInABatchOfAnySize_ReadsTheParentsLinksInOneStoreCall(int children)
    {
        await using var h = await StartAsync();
        var batch = new[] { Account("P", "PARENT") }.Concat(Enumerable.Range(1, children).Select(i => Account($"C{i}", $"CHILD{i}", parent: "P"))).ToArray();
        await h.PushAsync(BssModules.Accounts, batch[0]);
        await h.PushAsync(BssModules.Accounts, batch);
        var before = h.Links.GetManyCalls;

        var results = await h.PushAsync(BssModules.Accounts, batch);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Unchanged), string.Join("; ", results.Select(r => r.Reason)));
        Assert.AreEqual(2, h.Links.GetManyCalls - before, "the batch's own links, then its parents' for the fingerprints; none per account");
    }

    [TestMethod]
    public async Task Push_PhoneChanged_OnePatchAndOnlyThePhoneChanges()
    {
        await using var h = await StartAsync();
        var created = await h.PushAsync(BssModules.Accounts, Account("A1"));
        var id = int.Parse(created[0].RemoteId!);
        h.Simulator.Store.Update("company/companies", id, c => c["market"] = new JsonObject { ["id"] = 1, ["name"] = "Set by hand" });
        h.Simulator.Requests.Clear();

        var results = await h.PushAsync(BssModules.Accounts, Account("A1") with { Phone = "+44 113 496 0999" });

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome);
        Assert.AreEqual("phoneNumber", results[0].Changes.Single().Field);
        Assert.AreEqual(1, h.Simulator.Requests.Count);
        Assert.AreEqual("PATCH", h.Simulator.Requests.Snapshot()[0].Method);
        var company = h.Simulator.Store.Get("company/companies", id)!;
        Assert.AreEqual("+44 113 496 0999", (string?)company["phoneNumber"]);
        Assert.AreEqual("Set by hand", (string?)company["market"]?["name"], "fields the connector does not own are left alone");
    }

    [TestMethod]
    public async Task Push_CompanyWithIdentifierExists_AdoptsInsteadOfDuplicating()
    {
        await using var h = await StartAsync();
        var existing = h.Simulator.Store.Add("company/companies", new JsonObject { ["identifier"] = "NORTHWIND", ["name"] = "Northwind (old name)", ["status"] = new JsonObject { ["id"] = 1 } });
        var before = h.Simulator.Store.Count("company/companies");

        var results = await h.PushAsync(BssModules.Accounts, Account("A1", "NORTHWIND"));

        Assert.AreEqual(existing.ToString(), results[0].RemoteId);
        Assert.Contains("Adopted", results[0].Reason!);
        Assert.AreEqual(before, h.Simulator.Store.Count("company/companies"));
        Assert.AreEqual("Northwind Traders", (string?)h.Simulator.Store.Get("company/companies", existing)!["name"]);
    }

    [TestMethod]
    public async Task Push_IdentifierTakenByAnotherLinkedAccount_Conflict()
    {
        await using var h = await StartAsync();
        await h.PushAsync(BssModules.Accounts, Account("A1", "SAMECODE"));

        var results = await h.PushAsync(BssModules.Accounts, Account("A2", "SAMECODE", name: "Someone Else"));

        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind);
        Assert.Contains("A1", results[0].Reason!);
        Assert.AreEqual(1, h.Simulator.Store.All("company/companies").Count(c => (string?)c["identifier"] == "SAMECODE"));
    }

    [TestMethod]
    public async Task Push_ParentNotLinked_PushesParentFirstAndReferencesIt()
    {
        await using var h = await StartAsync();
        var parent = Account("P1", name: "Holding plc");
        h.Records.Add(parent);

        var results = await h.PushAsync(BssModules.Accounts, Account("C1", parent: "P1"));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var parentLink = h.Links.All.Single(l => l.BssId == "P1");
        var child = h.Simulator.Store.Get("company/companies", int.Parse(results[0].RemoteId!))!;
        Assert.AreEqual(int.Parse(parentLink.RemoteId), (int?)child["parentCompany"]?["id"]);
    }

    [TestMethod]
    public async Task Push_ParentCycle_FailsAsDataWithTheCycle()
    {
        await using var h = await StartAsync();
        h.Records.Add(Account("X", parent: "Y"), Account("Y", parent: "X"));

        var results = await h.PushAsync(BssModules.Accounts, Account("X", parent: "Y"));

        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        Assert.Contains("X → Y → X", results[0].Reason!);
        Assert.AreEqual(0, h.Simulator.Requests.Snapshot().Count(r => r.IsWrite));
    }

    [TestMethod]
    public async Task Push_TypeChanged_ChangesTheTypeAssociation()
    {
        await using var h = await StartAsync();
        var created = await h.PushAsync(BssModules.Accounts, Account("A1"));
        var id = int.Parse(created[0].RemoteId!);

        var results = await h.PushAsync(BssModules.Accounts, Account("A1") with { Type = "Prospect" });

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.IsTrue(results[0].Changes.Any(c => c.Field == "types" && c.NewValue == "2"));
        var associations = h.Simulator.Store.All($"company/companies/{{parentId}}/typeAssociations").Where(a => (int?)a["company"]?["id"] == id).ToArray();
        CollectionAssert.Contains(associations.Select(a => (int?)a["type"]?["id"]).ToArray(), 2);
    }

    [TestMethod]
    public async Task Push_Delete_DeactivatesTheCompany()
    {
        await using var h = await StartAsync();
        var created = await h.PushAsync(BssModules.Accounts, Account("A1"));
        await using var session = await h.OpenAsync();

        var results = await session.GetPushModule<Account>(BssModules.Accounts)!.PushAsync([new PushItem<Account>(Account("A1"), SyncOperation.Delete)], PushOptions.Default);

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome);
        var company = h.Simulator.Store.Get("company/companies", int.Parse(created[0].RemoteId!))!;
        Assert.AreEqual(2, (int?)company["status"]?["id"], "the simulator's inactive status");
    }

    [TestMethod]
    public async Task Push_2000NewAccounts_WritesEqualRecordsAndFewLookups()
    {
        await using var h = await StartAsync();
        var accounts = Enumerable.Range(1, 2000).Select(i => Account($"A{i:D5}", $"CUST-{i:D5}", $"Customer {i}")).ToArray();

        var results = await h.PushAsync(BssModules.Accounts, accounts);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created));
        var requests = h.Simulator.Requests.Snapshot();
        var writes = requests.Count(r => r.IsWrite);
        var reads = requests.Count - writes;
        Assert.AreEqual(2000, writes, "one create per account");
        // A count and one index page (cheaper than ~30 'identifier in (…)' lookups), the countries, the codebase.
        Assert.IsLessThanOrEqualTo(4, reads, $"reads: {reads}");
    }

    [TestMethod]
    public async Task Push_AccountWithoutAnyAddressField_DataFailureNamingTheFixBeforeAnyRequest()
    {
        await using var h = await StartAsync();

        var results = await h.PushAsync(BssModules.Accounts,
            Account("A1") with { BillingAddress = new Address { Line1 = " ", Country = "" } },
            Account("A2") with { BillingAddress = null },
            Account("A3") with { BillingAddress = new Address { PostalCode = "LS1 4AB" } });

        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        Assert.AreEqual(FailureKind.Data, results[1].FailureKind);
        Assert.Contains("at least one address field", results[0].Reason!);
        Assert.Contains("billingAddress", results[0].Reason!);
        Assert.AreEqual(PushOutcome.Created, results[2].Outcome, results[2].Reason);
        Assert.AreEqual(1, h.Simulator.Requests.WriteCount);
        Assert.AreEqual(1, h.Simulator.Store.Count("company/companies"));
    }

    [TestMethod]
    [DataRow(SimulatorProfile.Normal)]
    [DataRow(SimulatorProfile.Strict)]
    public async Task Push_PhoneAndWebsiteEmptied_ClearedWithRemoveInBothProfiles(SimulatorProfile profile)
    {
        await using var h = await SimulatorHarness.StartAsync(new SimulatorOptions { Profile = profile }, SimulatorHarness.Unthrottled);
        h.Lookups[LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "1" };
        var created = await h.PushAsync(BssModules.Accounts, Account("A1"));

        var results = await h.PushAsync(BssModules.Accounts, Account("A1") with { Phone = null, Website = " " });

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        var company = h.Simulator.Store.Get("company/companies", int.Parse(created[0].RemoteId!))!;
        Assert.IsNull(company["phoneNumber"]);
        Assert.IsNull(company["website"]);
        Assert.AreEqual("Northwind Traders", (string?)company["name"]);
    }
}
