using Bss.IntegrationFramework;
using BssConnectWiseConnector.Settings;
using static BssConnectWiseConnector.Tests.Sync.Subscriptions.SubscriptionWorld;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

[TestClass]
public sealed class SubscriptionsSimulatorTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Push_FirstPush_CreatesOneAgreementPerCustomerAndOneAdditionPerSubscription()
    {
        await using var w = await StartAsync("A1", "A2");

        var results = await w.PushAsync(Sub("S1"), Sub("S2", product: "P2", seats: 3, price: 25m, cost: 8m), Sub("S3", "A2", seats: 4));

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("\n", results.Select(r => r.Reason)));
        var agreements = w.H.Simulator.Store.All(Agreements);
        Assert.HasCount(2, agreements);
        var first = agreements.Single(a => (int?)a["company"]?["id"] == w.Companies["A1"]);
        Assert.AreEqual("Customer A1 – Managed Service", (string?)first["name"]);
        Assert.AreEqual(1, (int?)first["type"]?["id"]);
        Assert.IsNotNull(first["contact"]?["id"], "the company's default contact");
        Assert.AreEqual("2026-01-01T00:00:00Z", (string?)first["startDate"]);
        Assert.HasCount(3, w.H.Simulator.Store.All(Additions));
        var s2 = w.Addition(results[1].RemoteId);
        Assert.AreEqual((int?)first["id"], (int?)s2["agreementId"]);
        Assert.AreEqual(2, (int?)s2["product"]?["id"]);
        Assert.AreEqual(3m, (decimal?)s2["quantity"]);
        Assert.AreEqual(25m, (decimal?)s2["unitPrice"]);
        Assert.AreEqual(8m, (decimal?)s2["unitCost"]);
        Assert.AreEqual("Billable", (string?)s2["billCustomer"]);
        Assert.AreEqual("2026-01-01T00:00:00Z", (string?)s2["effectiveDate"]);
        Assert.Contains("(BSS subscription S2)", (string?)s2["description"] ?? string.Empty);
        foreach (var r in w.H.Simulator.Requests.Snapshot())
        {
            TestContext.WriteLine($"{r.Method} {r.Path}?{r.Query} {r.Status}");
        }

        TestContext.WriteLine($"First push of 3 subscriptions over 2 customers: {w.H.Simulator.Requests.Count} requests ({w.H.Simulator.Requests.WriteCount} writes).");
        Assert.AreEqual(5, w.H.Simulator.Requests.WriteCount, "2 agreements and 3 additions");
        Assert.AreEqual(9, w.H.Simulator.Requests.Count, "codebase discovery, 1 agreement lookup, 1 agreement types read, 1 read of both companies' default contacts, 5 writes");
    }

    [TestMethod]
    public async Task Push_PrimaryContactLinked_IsTheAgreementContactWithoutReadingTheCompany()
    {
        await using var w = await StartAsync();
        var contact = w.H.Simulator.Store.Add("company/contacts", new System.Text.Json.Nodes.JsonObject { ["firstName"] = "Primary", ["lastName"] = "Person", ["company"] = new System.Text.Json.Nodes.JsonObject { ["id"] = w.Companies["A1"] } });
        w.H.Records.Add(new Account { Id = "A1", Code = "A1", Name = "Customer A1", PrimaryContactId = "C1", BillingAddress = new Address { City = "Springfield" } });
        await w.LinkAsync(BssModules.Contacts, "C1", contact);

        var results = await w.PushAsync(Sub("S1"));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.AreEqual(contact, (int?)w.H.Simulator.Store.All(Agreements).Single()["contact"]?["id"]);
        Assert.AreEqual(0, w.H.Simulator.Requests.CountOf("GET", "company/companies/" + w.Companies["A1"]));
    }

    [TestMethod]
    public async Task Push_FortySubscriptionsOverTwentyCustomers_RequestsGrowWithCustomersAndSubscriptionsOnly()
    {
        var accounts = Enumerable.Range(1, 20).Select(i => "A" + i).ToArray();
        await using var w = await StartAsync(accounts);
        var subscriptions = accounts.SelectMany(a => new[] { Sub("S-" + a, a), Sub("D-" + a, a, product: "P2", seats: 2) }).ToArray();

        var first = await w.PushAsync(subscriptions);
        var firstCount = w.H.Simulator.Requests.Count;
        w.H.Simulator.Requests.Clear();
        var again = await w.PushAsync(subscriptions);

        Assert.IsTrue(first.All(r => r.Outcome == PushOutcome.Created), string.Join("\n", first.Select(r => r.Reason)));
        Assert.HasCount(20, w.H.Simulator.Store.All(Agreements));
        Assert.HasCount(40, w.H.Simulator.Store.All(Additions));
        TestContext.WriteLine($"First push of 40 subscriptions over 20 customers: {firstCount} requests; re-push: {w.H.Simulator.Requests.Count}.");
        Assert.AreEqual(1 + 1 + 1 + 1 + 20 + 40, firstCount, "codebase, agreement lookup, agreement types, one read of the 20 companies' default contacts, 20 agreements, 40 additions");
        Assert.IsTrue(again.All(r => r.Outcome == PushOutcome.Unchanged));
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task Push_Again_UnchangedAtZeroRequests()
    {
        await using var w = await StartAsync("A1", "A2");
        await w.PushAsync(Sub("S1"), Sub("S2", product: "P2"), Sub("S3", "A2"));
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(Sub("S1"), Sub("S2", product: "P2"), Sub("S3", "A2"));

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Unchanged), string.Join("\n", results.Select(r => r.Outcome + " " + r.Reason)));
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task Push_NewSubscriptionOfKnownCustomer_GoesOnTheSameAgreement()
    {
        await using var w = await StartAsync();
        await w.PushAsync(Sub("S1"));
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(Sub("S2", product: "P2"));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.HasCount(1, w.H.Simulator.Store.All(Agreements));
        Assert.AreEqual(4, w.H.Simulator.Requests.Count, "agreement lookup, its invoicing state (agreementrecap), its additions, one POST");
    }

    [TestMethod]
    public async Task Push_CustomersWithAgreements_ReadsTheirAdditionsInOneBundle()
    {
        await using var w = await StartAsync("A1", "A2", "A3");
        var agreements = new[] { w.AddAgreement("A1"), w.AddAgreement("A2"), w.AddAgreement("A3") };
        w.AddAddition(agreements[1], product: 2, seats: 1);

        var results = await w.PushAsync(Sub("S1"), Sub("S2", "A2"), Sub("S3", "A3"));

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("\n", results.Select(r => r.Reason)));
        Assert.HasCount(3, w.H.Simulator.Store.All(Agreements), "the customers' agreements are adopted");
        Assert.AreEqual(1, w.H.Simulator.Requests.CountOf("POST", "system/bundles"));
        Assert.AreEqual(0, w.H.Simulator.Requests.CountOf("GET", "/additions"));
        TestContext.WriteLine($"First push of 3 subscriptions over 3 customers with agreements: {w.H.Simulator.Requests.Count} requests.");
        Assert.AreEqual(7, w.H.Simulator.Requests.Count, "codebase discovery, 1 agreement lookup, 1 invoicing read (agreementrecap), 1 bundle of additions, 3 POSTs");
    }

    [TestMethod]
    public async Task Push_SeatChange_PatchesOnlyTheQuantity()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(Sub("S1", seats: 12));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.AreEqual("quantity", results[0].Changes.Single().Field);
        Assert.AreEqual("10", results[0].Changes[0].OldValue);
        Assert.AreEqual("12", results[0].Changes[0].NewValue);
        Assert.AreEqual(1, w.H.Simulator.Requests.CountOf("PATCH", "/additions/" + created[0].RemoteId));
        Assert.AreEqual(4, w.H.Simulator.Requests.Count, "the agreement and its invoicing state (one read each per page of agreements), one GET for drift, one PATCH");
        Assert.AreEqual(12m, (decimal?)w.Addition(created[0].RemoteId)["quantity"]);
        Assert.AreEqual(0, (await w.PushAsync(Sub("S1", seats: 12)))[0].Changes.Count);
    }

    [TestMethod]
    public async Task Push_Cancelled_SetsCancelledDateAndNeverDeletes()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(Sub("S1") with { Status = SubscriptionStatus.Cancelled, CancelledDate = new DateOnly(2026, 3, 31) });

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.AreEqual("cancelledDate", results[0].Changes.Single().Field);
        Assert.AreEqual("2026-03-31T00:00:00Z", (string?)w.Addition(created[0].RemoteId)["cancelledDate"]);
        Assert.AreEqual(0, w.H.Simulator.Requests.CountOf("DELETE", string.Empty));
        Assert.AreEqual(10m, (decimal?)w.Addition(created[0].RemoteId)["quantity"], "the history keeps its seats");
    }

    [TestMethod]
    public async Task Push_DeleteOperation_CancelsTheAddition()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));

        var results = await w.PushAsync(SyncOperation.Delete, PushOptions.Default, Sub("S1"));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.IsNotNull((string?)w.Addition(created[0].RemoteId)["cancelledDate"]);
        Assert.AreEqual(0, w.H.Simulator.Requests.CountOf("DELETE", string.Empty));
        Assert.AreEqual(PushOutcome.Unchanged, (await w.PushAsync(SyncOperation.Delete, PushOptions.Default, Sub("S1")))[0].Outcome);
    }

    [TestMethod]
    public async Task Push_ReactivatedAfterCancellation_CreatesNewAdditionAndKeepsTheOld()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));
        await w.PushAsync(Sub("S1") with { Status = SubscriptionStatus.Cancelled, CancelledDate = new DateOnly(2026, 3, 31) });

        var results = await w.PushAsync(Sub("S1", seats: 6) with { StartDate = new DateOnly(2026, 5, 1) });

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.AreNotEqual(created[0].RemoteId, results[0].RemoteId);
        Assert.Contains("Reactivated", results[0].Reason ?? string.Empty);
        var old = w.Addition(created[0].RemoteId);
        Assert.AreEqual("2026-03-31T00:00:00Z", (string?)old["cancelledDate"]);
        Assert.AreEqual(10m, (decimal?)old["quantity"]);
        var fresh = w.Addition(results[0].RemoteId);
        Assert.IsNull(fresh["cancelledDate"]);
        Assert.AreEqual(6m, (decimal?)fresh["quantity"]);
        Assert.AreEqual(results[0].RemoteId, w.H.Links.All.Single(l => l.Module == BssModules.Subscriptions).RemoteId);
        Assert.HasCount(1, w.H.Simulator.Store.All(Agreements));
    }

    [TestMethod]
    public async Task Push_SuspendedSubscription_KeepsItsSeatsAndSaysSo()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(Sub("S1") with { Status = SubscriptionStatus.Suspended });

        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome);
        Assert.Contains("Suspended", results[0].Reason ?? string.Empty);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
        Assert.AreEqual(10m, (decimal?)w.Addition(created[0].RemoteId)["quantity"]);
    }

    [TestMethod]
    public async Task Push_UnclaimedAdditionOfTheProduct_IsAdoptedAndTaggedInsteadOfDuplicated()
    {
        await using var w = await StartAsync();
        var agreement = w.AddAgreement("A1");
        var existing = w.AddAddition(agreement, seats: 7, tagFields: true);

        var results = await w.PushAsync(Sub("S1"));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.AreEqual(existing.ToString(System.Globalization.CultureInfo.InvariantCulture), results[0].RemoteId);
        Assert.Contains("Adopted", results[0].Reason ?? string.Empty);
        Assert.HasCount(1, w.AdditionsOf(agreement));
        Assert.HasCount(1, w.H.Simulator.Store.All(Agreements));
        var addition = w.Addition(results[0].RemoteId);
        Assert.AreEqual(10m, (decimal?)addition["quantity"]);
        var fields = addition["customFields"]!.AsArray();
        Assert.AreEqual("S1", (string?)fields.Single(f => (string?)f!["caption"] == "Subscription ID")!["value"]);
        Assert.AreEqual("Archon Users for A1", (string?)fields.Single(f => (string?)f!["caption"] == "Subscription Name")!["value"]);
        Assert.AreEqual("North", (string?)fields.Single(f => (string?)f!["caption"] == "Region")!["value"], "the whole array is sent, other fields kept");
    }

    [TestMethod]
    public async Task Push_AfterTagFieldsAreKnown_NewAdditionsCarryTheTagFromTheirPost()
    {
        await using var w = await StartAsync();
        var agreement = w.AddAgreement("A1");
        w.AddAddition(agreement, product: 2, seats: 1, tagFields: true);

        var results = await w.PushAsync(Sub("S1"));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var fields = w.Addition(results[0].RemoteId)["customFields"]!.AsArray();
        Assert.AreEqual("S1", (string?)fields.Single(f => (string?)f!["caption"] == "Subscription ID")!["value"]);
        Assert.IsNull(fields.Single(f => (string?)f!["caption"] == "Region")!["value"], "another addition's values are never copied");
    }

    [TestMethod]
    public async Task Push_AdditionTaggedWithAnotherSubscription_IsNotTaken()
    {
        await using var w = await StartAsync();
        var agreement = w.AddAgreement("A1");
        var other = w.AddAddition(agreement, description: "Someone else (BSS subscription S9)");

        var results = await w.PushAsync(Sub("S1"), Sub("S9", seats: 7));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.AreEqual(other.ToString(System.Globalization.CultureInfo.InvariantCulture), results[1].RemoteId, "S9 adopts the addition tagged with it");
        Assert.HasCount(2, w.AdditionsOf(agreement));
    }

    [TestMethod]
    public async Task Push_TwoOpenAgreementsOfTheType_ConflictNamingBoth()
    {
        await using var w = await StartAsync();
        var first = w.AddAgreement("A1", name: "Managed A");
        var second = w.AddAgreement("A1", name: "Managed B");
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(Sub("S1"));

        Assert.AreEqual(PushOutcome.Failed, results[0].Outcome);
        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind);
        Assert.Contains($"#{first} 'Managed A'", results[0].Reason!);
        Assert.Contains($"#{second} 'Managed B'", results[0].Reason!);
        Assert.AreEqual(0, w.H.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    public async Task Push_CancelledAgreementOfTheType_IsIgnored()
    {
        await using var w = await StartAsync();
        var old = w.AddAgreement("A1", name: "Old");
        w.H.Simulator.Store.Update(Agreements, old, a => a["cancelledFlag"] = true);

        var results = await w.PushAsync(Sub("S1"));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.HasCount(2, w.H.Simulator.Store.All(Agreements));
    }

    [TestMethod]
    public async Task Push_DriftWithBssWins_OverwritesAndReportsBothValues()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));
        w.H.Simulator.Store.Update(Additions, int.Parse(created[0].RemoteId!, System.Globalization.CultureInfo.InvariantCulture), a => a["quantity"] = 14m);

        var results = await w.PushAsync(Sub("S1", price: 6m));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        var quantity = results[0].Changes.Single(c => c.Field == "quantity");
        Assert.AreEqual("14", quantity.OldValue);
        Assert.AreEqual("10", quantity.NewValue);
        Assert.Contains("quantity 14 in ConnectWise (last pushed 10, BSS 10)", results[0].Reason!);
        Assert.Contains("BssWins", results[0].Reason!);
        var addition = w.Addition(created[0].RemoteId);
        Assert.AreEqual(10m, (decimal?)addition["quantity"]);
        Assert.AreEqual(6m, (decimal?)addition["unitPrice"]);
    }

    [TestMethod]
    public async Task Push_DriftWithReportOnly_LeavesConnectWiseAndReportsUntilSettled()
    {
        await using var w = await StartAsync();
        w.H.Variables[ServerVariableCatalog.SubscriptionDriftPolicy.Name] = nameof(SubscriptionDriftPolicy.ReportOnly);
        var created = await w.PushAsync(Sub("S1"));
        var id = int.Parse(created[0].RemoteId!, System.Globalization.CultureInfo.InvariantCulture);
        w.H.Simulator.Store.Update(Additions, id, a => a["quantity"] = 14m);

        var results = await w.PushAsync(Sub("S1", seats: 11, cost: 3m));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.AreEqual("14", results[0].Changes.Single(c => c.Field == "quantity").OldValue);
        Assert.AreEqual("11", results[0].Changes.Single(c => c.Field == "quantity").NewValue);
        Assert.Contains("ReportOnly", results[0].Reason!);
        Assert.AreEqual(14m, (decimal?)w.Addition(created[0].RemoteId)["quantity"], "ReportOnly leaves the hand edit");
        Assert.AreEqual(3m, (decimal?)w.Addition(created[0].RemoteId)["unitCost"], "fields without drift are still patched");

        var again = await w.PushAsync(Sub("S1", seats: 11, cost: 3m));
        Assert.AreEqual(PushOutcome.Skipped, again[0].Outcome, "the drift is reported again while it lasts");
        Assert.Contains("quantity 14 in ConnectWise", again[0].Reason!);

        w.H.Simulator.Store.Update(Additions, id, a => a["quantity"] = 11m);
        Assert.AreEqual(PushOutcome.Unchanged, (await w.PushAsync(Sub("S1", seats: 11, cost: 3m)))[0].Outcome, "settled by hand");
        w.H.Simulator.Requests.Clear();
        Assert.AreEqual(PushOutcome.Unchanged, (await w.PushAsync(Sub("S1", seats: 11, cost: 3m)))[0].Outcome);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }

    [TestMethod]
    [DataRow(SubscriptionDriftPolicy.BssWins, false)]
    [DataRow(SubscriptionDriftPolicy.ReportOnly, true)]
    public async Task Push_CancelledByHandInConnectWise_ReportedAndHandledByThePolicy(SubscriptionDriftPolicy policy, bool staysCancelled)
    {
        await using var w = await StartAsync();
        w.H.Variables[ServerVariableCatalog.SubscriptionDriftPolicy.Name] = policy.ToString();
        var created = await w.PushAsync(Sub("S1"));
        var id = int.Parse(created[0].RemoteId!, System.Globalization.CultureInfo.InvariantCulture);
        w.H.Simulator.Store.Update(Additions, id, a => a["cancelledDate"] = "2026-04-30T00:00:00Z");

        var results = await w.PushAsync(Sub("S1", seats: 11));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.Contains("cancelled by hand in ConnectWise (2026-04-30T00:00:00Z)", results[0].Reason!);
        Assert.AreEqual("2026-04-30T00:00:00Z", results[0].Changes.Single(c => c.Field == "cancelledDate").OldValue);
        Assert.AreEqual(staysCancelled, w.Addition(created[0].RemoteId)["cancelledDate"] is not null);
        Assert.AreEqual(11m, (decimal?)w.Addition(created[0].RemoteId)["quantity"]);
        var again = await w.PushAsync(Sub("S1", seats: 11));
        Assert.AreEqual(staysCancelled ? PushOutcome.Skipped : PushOutcome.Unchanged, again[0].Outcome, again[0].Reason);
        Assert.HasCount(1, w.H.Simulator.Store.All(Additions), "never a second addition");
    }

    [TestMethod]
    public async Task Push_AnswerLostAfterCommit_AdoptsInsteadOfDuplicating()
    {
        await using var w = await StartAsync();
        await w.PushAsync(Sub("S1"));
        w.H.Simulator.Options.Faults.CommitThenFailShare = 1;

        var lost = await w.PushAsync(Sub("S2", product: "P2"));
        w.H.Simulator.Options.Faults.Reset();
        var next = await w.PushAsync(Sub("S2", product: "P2"));

        Assert.AreNotEqual(PushOutcome.Failed, lost[0].Outcome, lost[0].Reason);
        Assert.Contains("Adopted", lost[0].Reason ?? string.Empty);
        Assert.AreEqual(PushOutcome.Unchanged, next[0].Outcome, next[0].Reason);
        Assert.HasCount(2, w.H.Simulator.Store.All(Additions));
        Assert.AreEqual(lost[0].RemoteId, next[0].RemoteId);
    }

    [TestMethod]
    public async Task Push_CrashBeforeTheLinkWasSaved_NextRunAdoptsNotDuplicates()
    {
        await using var w = await StartAsync();
        await w.PushAsync(Sub("S1"));
        var agreement = (int)w.H.Simulator.Store.All(Agreements).Single()["id"]!;

        // What a crash between the POST and the link leaves: the addition, tagged by its description, and no link.
        var orphan = w.AddAddition(agreement, product: 2, seats: 3, description: "Managed devices (BSS subscription S2)");
        var results = await w.PushAsync(Sub("S2", product: "P2", seats: 3));

        Assert.AreEqual(orphan.ToString(System.Globalization.CultureInfo.InvariantCulture), results[0].RemoteId, results[0].Reason);
        Assert.Contains("Adopted", results[0].Reason ?? string.Empty);
        Assert.HasCount(2, w.H.Simulator.Store.All(Additions));
    }

    [TestMethod]
    public async Task Push_MoreUnclaimedAdditionsThanSubscriptions_ConflictNamingThem()
    {
        await using var w = await StartAsync();
        var agreement = w.AddAgreement("A1");
        var a = w.AddAddition(agreement, seats: 7);
        var b = w.AddAddition(agreement, seats: 8);

        var results = await w.PushAsync(Sub("S1"));

        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind, results[0].Reason);
        Assert.Contains($"#{a} (7 seats)", results[0].Reason!);
        Assert.Contains($"#{b} (8 seats)", results[0].Reason!);
        Assert.HasCount(2, w.AdditionsOf(agreement));
    }

    [TestMethod]
    public async Task Push_AdditionDeletedInConnectWise_GetsANewOne()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));
        w.H.Simulator.Store.Remove(Additions, int.Parse(created[0].RemoteId!, System.Globalization.CultureInfo.InvariantCulture));

        var results = await w.PushAsync(Sub("S1", seats: 11));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.AreEqual(11m, (decimal?)w.Addition(results[0].RemoteId)["quantity"]);
        Assert.HasCount(1, w.H.Simulator.Store.All(Additions));
    }

    [TestMethod]
    public async Task Push_BillingCycleChanged_MovesTheSeatsToTheOtherAgreementType()
    {
        await using var w = await StartAsync();
        var created = await w.PushAsync(Sub("S1"));

        var results = await w.PushAsync(Sub("S1") with { BillingCycle = "Yearly" });

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.Contains("Moved from agreement", results[0].Reason!);
        Assert.IsNotNull((string?)w.Addition(created[0].RemoteId)["cancelledDate"]);
        Assert.HasCount(2, w.H.Simulator.Store.All(Agreements));
    }

    [TestMethod]
    public async Task Push_UnmappedBillingCycleOrUnlinkedProduct_FailsAloneWithConfigurationReason()
    {
        await using var w = await StartAsync();
        w.H.Records.Add(new Product { Id = "P9", Name = "Backup" });

        var results = await w.PushAsync(Sub("S1") with { BillingCycle = "Weekly" }, Sub("S2", product: "P9"), Sub("S3"));

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains("Weekly", results[0].Reason!);
        Assert.AreEqual(PushOutcome.Failed, results[1].Outcome);
        Assert.Contains("P9", results[1].Reason!);
        Assert.AreEqual(PushOutcome.Created, results[2].Outcome, results[2].Reason);
    }

    [TestMethod]
    public async Task Push_DryRun_WritesNothing()
    {
        await using var w = await StartAsync();

        var results = await w.PushAsync(SyncOperation.Create, new PushOptions { DryRun = true }, Sub("S1"));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.Contains("creates the agreement", results[0].Reason!);
        Assert.AreEqual(0, w.H.Simulator.Requests.WriteCount);
        Assert.IsEmpty(w.H.Links.All.Where(l => l.Module == BssModules.Subscriptions));
    }
}
