using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Orders;

[TestClass]
public sealed class OrdersPushModuleTests
{
    public TestContext TestContext { get; set; } = null!;

    private static Order NewOrder(params OrderLine[] lines) => new()
    {
        Id = "O1",
        Number = "SO-1001",
        AccountId = "A1",
        Stage = "Open",
        OrderDate = new DateOnly(2026, 3, 2),
        DueDate = new DateOnly(2026, 3, 30),
        PoNumber = "PO-77",
        Currency = "EUR",
        Lines = lines,
    };

    private static OrderLine Line(string product, decimal quantity, decimal price, string? description = null) =>
        new() { ProductId = product, Quantity = quantity, UnitPrice = price, UnitCost = price / 2, Description = description };

    private async Task<(BillingHarness Harness, int CompanyId)> StartAsync()
    {
        var harness = await BillingHarness.StartAsync(TestContext.CancellationToken);
        var company = await harness.LinkedCompanyAsync("A1", "NORTHWIND");
        await harness.LinkedCatalogItemAsync("P1", "SKU-1");
        await harness.LinkedCatalogItemAsync("P2", "SKU-2");
        await harness.LinkedCatalogItemAsync("P3", "SKU-3");
        return (harness, company);
    }

    [TestMethod]
    public async Task PushAsync_NewOrder_CreatesSalesOrderAndItsLinesInFourRequests()
    {
        var (harness, company) = await StartAsync();
        await using var _ = harness;

        var results = await harness.PushAsync(BssModules.Orders, NewOrder(Line("P1", 2, 10m, "Laptops"), Line("P2", 1, 99.5m)));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var id = int.Parse(results[0].RemoteId!, System.Globalization.CultureInfo.InvariantCulture);
        var order = harness.Simulator.Store.Get(BillingHarness.SalesOrders, id)!;
        Assert.AreEqual(company, order["company"]!["id"]!.GetValue<int>());
        Assert.AreEqual(1, order["status"]!["id"]!.GetValue<int>());
        Assert.AreEqual(2, order["salesRep"]!["id"]!.GetValue<int>());
        Assert.AreEqual(2, order["currency"]!["id"]!.GetValue<int>());
        Assert.AreEqual("PO-77", order["poNumber"]!.GetValue<string>());
        Assert.AreEqual("BSS order SO-1001", order["description"]!.GetValue<string>());
        Assert.StartsWith("2026-03-02", order["orderDate"]!.GetValue<string>());
        var lines = harness.LinesOf("salesOrder", id);
        Assert.HasCount(2, lines);
        Assert.AreEqual(2m, lines.Single(l => l["description"]?.GetValue<string>() == "Laptops")["quantity"]!.GetValue<decimal>());
        Assert.IsTrue(lines.All(l => l["billableOption"]!.GetValue<string>() == "Billable"));
        CollectionAssert.AreEqual(
            new[] { "GET sales/orders", "POST sales/orders", "POST procurement/products", "POST procurement/products" },
            harness.ApiRequests().ToArray());
    }

    [TestMethod]
    public async Task PushAsync_SameOrderAgain_UnchangedWithoutAnyRequest()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        var order = NewOrder(Line("P1", 2, 10m), Line("P2", 1, 5m));
        await harness.PushAsync(BssModules.Orders, order);
        harness.Simulator.Requests.Clear();

        var results = await harness.PushAsync(BssModules.Orders, order);

        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome);
        Assert.AreEqual(0, harness.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task PushAsync_ChangedPoNumber_PatchesOnlyThatFieldAndNoLine()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        await harness.PushAsync(BssModules.Orders, NewOrder(Line("P1", 2, 10m)));
        harness.Simulator.Requests.Clear();

        var results = await harness.PushAsync(BssModules.Orders, NewOrder(Line("P1", 2, 10m)) with { PoNumber = "PO-78", Stage = "Confirmed" });

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        CollectionAssert.AreEquivalent(new[] { "poNumber", "status" }, results[0].Changes.Select(c => c.Field).ToArray());
        Assert.HasCount(1, harness.ApiRequests());
        Assert.StartsWith("PATCH sales/orders/", harness.ApiRequests()[0]);
        var order = harness.Simulator.Store.Get(BillingHarness.SalesOrders, int.Parse(results[0].RemoteId!, System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.AreEqual("PO-78", order["poNumber"]!.GetValue<string>());
        Assert.AreEqual(2, order["status"]!["id"]!.GetValue<int>());
    }

    [TestMethod]
    public async Task PushAsync_LinesChanged_AddsChangesAndRemovesLinesWithoutDuplicates()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        var first = await harness.PushAsync(BssModules.Orders, NewOrder(Line("P1", 1, 10m), Line("P2", 2, 20m)));
        var id = int.Parse(first[0].RemoteId!, System.Globalization.CultureInfo.InvariantCulture);
        harness.Simulator.Requests.Clear();
        var changed = NewOrder(Line("P1", 3, 10m), Line("P3", 1, 30m));

        var results = await harness.PushAsync(BssModules.Orders, changed);

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        var lines = harness.LinesOf("salesOrder", id);
        Assert.HasCount(2, lines);
        Assert.AreEqual(3m, lines.Single(l => l["catalogItem"]!["identifier"]?.GetValue<string>() == "SKU-1")["quantity"]!.GetValue<decimal>());
        Assert.IsTrue(lines.Any(l => l["catalogItem"]!["identifier"]?.GetValue<string>() == "SKU-3"));
        Assert.IsFalse(lines.Any(l => l["catalogItem"]!["identifier"]?.GetValue<string>() == "SKU-2"));
        Assert.AreEqual(1, harness.Simulator.Requests.CountOf("PATCH", "procurement/products/" + lines.First(l => l["catalogItem"]!["identifier"]?.GetValue<string>() == "SKU-1")["id"]));
        Assert.AreEqual(1, harness.Simulator.Requests.CountOf("POST", "procurement/products"));
        Assert.AreEqual(0, harness.Simulator.Requests.CountOf("PATCH", "sales/orders/" + id));
        Assert.HasCount(3, results[0].Changes);

        harness.Simulator.Requests.Clear();
        var again = await harness.PushAsync(BssModules.Orders, changed);
        Assert.AreEqual(PushOutcome.Unchanged, again[0].Outcome);
        Assert.AreEqual(0, harness.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task PushAsync_HeaderCreatedButNotLinked_AdoptsByDescriptionAndAddsOnlyMissingLines()
    {
        var (harness, company) = await StartAsync();
        await using var __ = harness;
        var orphan = harness.Simulator.Store.Add(BillingHarness.SalesOrders, new JsonObject
        {
            ["company"] = new JsonObject { ["id"] = company },
            ["status"] = new JsonObject { ["id"] = 1 },
            ["salesRep"] = new JsonObject { ["id"] = 2 },
            ["description"] = "BSS order SO-1001",
        });
        harness.Simulator.Store.Add(BillingHarness.Products, new JsonObject
        {
            ["catalogItem"] = new JsonObject { ["id"] = harness.LinkedId(BssModules.Products, "P1") },
            ["quantity"] = 2, ["price"] = 10, ["cost"] = 5, ["billableOption"] = "Billable", ["sequenceNumber"] = 1,
            ["salesOrder"] = new JsonObject { ["id"] = orphan },
        });

        var results = await harness.PushAsync(BssModules.Orders, NewOrder(Line("P1", 2, 10m), Line("P2", 1, 5m)));

        Assert.AreEqual(orphan.ToString(System.Globalization.CultureInfo.InvariantCulture), results[0].RemoteId, results[0].Reason);
        Assert.Contains("Adopted", results[0].Reason!);
        Assert.AreEqual(1, harness.Simulator.Store.Count(BillingHarness.SalesOrders));
        Assert.HasCount(2, harness.LinesOf("salesOrder", orphan));
        Assert.AreEqual(1, harness.Simulator.Requests.CountOf("POST", "procurement/products"));
    }

    [TestMethod]
    public async Task PushAsync_AccountNotLinked_PushesItOnceFirstAndUsesItsCompany()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        harness.AddRecords(new Account { Id = "A2", Code = "CONTOSO", Name = "Contoso", Type = "Customer", BillingAddress = new Address { City = "Springfield" } });
        var orders = new[] { NewOrder(Line("P1", 1, 1m)) with { Id = "O2", Number = "SO-2", AccountId = "A2" }, NewOrder(Line("P2", 1, 1m)) with { Id = "O3", Number = "SO-3", AccountId = "A2" } };

        var results = await harness.PushAsync(BssModules.Orders, orders);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", results.Select(r => r.Reason)));
        Assert.AreEqual(1, harness.Simulator.Requests.CountOf("POST", BillingHarness.Companies));
        var company = harness.LinkedId(BssModules.Accounts, "A2");
        Assert.AreEqual(company, harness.Simulator.Store.Get(BillingHarness.SalesOrders, harness.LinkedId(BssModules.Orders, "O3"))!["company"]!["id"]!.GetValue<int>());
    }

    [TestMethod]
    public async Task PushAsync_AccountCannotBePushed_FailsOrderWithTheAccountsReason()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        harness.AddRecords(new Account { Id = "A9", Code = "NONAME", Name = "", BillingAddress = new Address { City = "Springfield" } });

        var results = await harness.PushAsync(BssModules.Orders, NewOrder(Line("P1", 1, 1m)) with { AccountId = "A9" });

        Assert.AreEqual(PushOutcome.Failed, results[0].Outcome);
        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        Assert.Contains("account 'A9'", results[0].Reason!);
        Assert.Contains("name is required", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.CountOf("POST", BillingHarness.SalesOrders));
    }

    [TestMethod]
    public async Task PushAsync_ProductNotLinked_ConfigurationFailureNamingTheProduct()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        harness.AddRecords(new Product { Id = "P-NEW", Code = "NEW", Name = "New" });

        var results = await harness.PushAsync(BssModules.Orders, NewOrder(Line("P1", 1, 1m), Line("P-NEW", 1, 1m)));

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains("'P-NEW'", results[0].Reason!);
        Assert.Contains("Line 2", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    public async Task PushAsync_NoSalesRepresentative_ConfigurationFailureBeforeAnyWrite()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        harness.Variables.Remove(BssConnectWiseConnector.Settings.ServerVariableNames.SalesRepresentativeId);

        var results = await harness.PushAsync(BssModules.Orders, NewOrder(Line("P1", 1, 1m)));

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains("Sales Representative", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    public async Task PushAsync_DeletedOrder_DeletesTheSalesOrderAndItsLines()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        var order = NewOrder(Line("P1", 1, 1m), Line("P2", 1, 1m));
        var created = await harness.PushAsync(BssModules.Orders, order);
        var id = int.Parse(created[0].RemoteId!, System.Globalization.CultureInfo.InvariantCulture);

        var results = await harness.PushItemsAsync(BssModules.Orders, PushOptions.Default, new PushItem<Order>(order, SyncOperation.Delete));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.IsNull(harness.Simulator.Store.Get(BillingHarness.SalesOrders, id));
        Assert.IsEmpty(harness.LinesOf("salesOrder", id));
        Assert.IsFalse(harness.Links.All.Any(l => l.Module == BssModules.Orders));
    }

    [TestMethod]
    public async Task PushAsync_OrderPostCommittedButAnsweredWithAnError_NextRunAdoptsItWithoutDuplicates()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        var order = NewOrder(Line("P1", 1, 1m), Line("P2", 2, 2m));
        harness.Simulator.Options.Faults.CommitThenFailShare = 1;

        var crashed = await harness.PushAsync(BssModules.Orders, order);
        harness.Simulator.Options.Faults.CommitThenFailShare = 0;
        var again = await harness.PushAsync(BssModules.Orders, order);

        Assert.AreEqual(FailureKind.Transient, crashed[0].FailureKind, crashed[0].Reason);
        Assert.Contains("Adopted", again[0].Reason!);
        Assert.AreEqual(1, harness.Simulator.Store.Count(BillingHarness.SalesOrders));
        Assert.HasCount(2, harness.LinesOf("salesOrder", harness.LinkedId(BssModules.Orders, "O1")));
    }

    [TestMethod]
    public async Task PushAsync_DryRun_ReportsHeaderAndLinesAndWritesNothing()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;

        var results = await harness.PushItemsAsync(BssModules.Orders, new PushOptions { DryRun = true }, new PushItem<Order>(NewOrder(Line("P1", 1, 1m)), SyncOperation.Create));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome);
        Assert.IsTrue(results[0].Changes.Any(c => c.Field == "poNumber" && c.NewValue == "PO-77"));
        Assert.IsTrue(results[0].Changes.Any(c => c.Field == "line 1"));
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
        Assert.IsFalse(harness.Links.All.Any(l => l.Module == BssModules.Orders));
    }

    [TestMethod]
    public async Task PushAsync_LinkedContact_IsTheOrdersContact()
    {
        var (harness, company) = await StartAsync();
        await using var __ = harness;
        var contact = harness.Simulator.Store.Add("company/contacts", new JsonObject { ["firstName"] = "Ann", ["lastName"] = "Lee", ["company"] = new JsonObject { ["id"] = company } });
        await harness.LinkAsync(BssModules.Contacts, "C1", contact);

        var results = await harness.PushAsync(BssModules.Orders, NewOrder(Line("P1", 1, 1m)) with { ContactId = "C1" }, NewOrder(Line("P1", 1, 1m)) with { Id = "O2", Number = "SO-2", ContactId = "C-UNLINKED" });

        Assert.AreEqual(contact, harness.Simulator.Store.Get(BillingHarness.SalesOrders, harness.LinkedId(BssModules.Orders, "O1"))!["contact"]!["id"]!.GetValue<int>());
        Assert.AreEqual(PushOutcome.Created, results[1].Outcome, results[1].Reason);
        Assert.IsNull(harness.Simulator.Store.Get(BillingHarness.SalesOrders, harness.LinkedId(BssModules.Orders, "O2"))!["contact"]);
    }

    [TestMethod]
    public async Task PushAsync_TwentyNewOrders_OneLookupForTheBatchThenOnlyCreates()
    {
        var (harness, _) = await StartAsync();
        await using var __ = harness;
        var orders = Enumerable.Range(1, 20)
            .Select(i => NewOrder(Line("P1", i, 1m), Line("P2", 1, 2m)) with { Id = $"O{i}", Number = $"SO-{i}" })
            .ToArray();

        var results = await harness.PushAsync(BssModules.Orders, orders);
        var requests = harness.ApiRequests();
        harness.Simulator.Requests.Clear();
        var again = await harness.PushAsync(BssModules.Orders, orders);

        Assert.IsTrue(results.All(r => r.Outcome == PushOutcome.Created), string.Join("; ", results.Select(r => r.Reason)));
        Assert.AreEqual(1, requests.Count(r => r == "GET sales/orders"));
        Assert.HasCount(1 + 20 + 40, requests);
        Assert.AreEqual(40, harness.Simulator.Store.Count(BillingHarness.Products));
        Assert.IsTrue(again.All(r => r.Outcome == PushOutcome.Unchanged));
        Assert.AreEqual(0, harness.Simulator.Requests.Count);
    }
}
