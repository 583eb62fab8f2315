using System.Globalization;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Invoices;

[TestClass]
public sealed class InvoicesPushModuleTests
{
    public TestContext TestContext { get; set; } = null!;

    private static Invoice NewInvoice(params InvoiceLine[] lines) => new()
    {
        Id = "I1",
        Number = "INV-2026-0042",
        AccountId = "A1",
        Stage = "Draft",
        Date = new DateOnly(2026, 4, 1),
        DueDate = new DateOnly(2026, 5, 1),
        Currency = "USD",
        Lines = lines,
    };

    private static InvoiceLine Line(string product, decimal quantity, decimal price) => new() { ProductId = product, Quantity = quantity, UnitPrice = price, Description = product + " line" };

    private static int Id(PushResult result) => int.Parse(result.RemoteId!, CultureInfo.InvariantCulture);

    private async Task<BillingHarness> StartAsync()
    {
        var harness = await BillingHarness.StartAsync(TestContext.CancellationToken);
        await harness.LinkedCompanyAsync("A1", "NORTHWIND");
        await harness.LinkedCatalogItemAsync("P1", "SKU-1");
        await harness.LinkedCatalogItemAsync("P2", "SKU-2");
        return harness;
    }

    [TestMethod]
    public async Task PushAsync_NewInvoice_CreatesInvoiceWithReferenceTypeStatusAndBillableLines()
    {
        await using var harness = await StartAsync();
        harness.Variables[ServerVariableNames.ProductBillableOption] = "NoCharge";

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 3, 12.5m), Line("P2", 1, 100m)));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var invoice = harness.Simulator.Store.Get(BillingHarness.Invoices, Id(results[0]))!;
        Assert.AreEqual("INV-2026-0042", invoice["reference"]!.GetValue<string>());
        Assert.AreEqual("Miscellaneous", invoice["type"]!.GetValue<string>());
        Assert.AreEqual(1, invoice["status"]!["id"]!.GetValue<int>());
        Assert.AreEqual(1, invoice["currency"]!["id"]!.GetValue<int>());
        Assert.StartsWith("2026-05-01", invoice["dueDate"]!.GetValue<string>());
        var lines = harness.LinesOf("invoice", Id(results[0]));
        Assert.HasCount(2, lines);
        Assert.IsTrue(lines.All(l => l["billableOption"]!.GetValue<string>() == "NoCharge"));
        CollectionAssert.AreEqual(
            new[] { "GET finance/invoices", "POST finance/invoices", "POST procurement/products", "POST procurement/products" },
            harness.ApiRequests().ToArray());
    }

    [TestMethod]
    public async Task PushAsync_SameInvoiceAgain_UnchangedWithoutAnyRequest()
    {
        await using var harness = await StartAsync();
        await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)));
        harness.Simulator.Requests.Clear();

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)));

        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome);
        Assert.AreEqual(0, harness.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task PushAsync_ChangedDueDateAndLine_ReadsOncePatchesHeaderAndLine()
    {
        await using var harness = await StartAsync();
        var created = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)));
        harness.Simulator.Requests.Clear();

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 4, 1m)) with { DueDate = new DateOnly(2026, 5, 15), Stage = "Sent" });

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        var invoice = harness.Simulator.Store.Get(BillingHarness.Invoices, Id(created[0]))!;
        Assert.StartsWith("2026-05-15", invoice["dueDate"]!.GetValue<string>());
        Assert.AreEqual(2, invoice["status"]!["id"]!.GetValue<int>());
        Assert.AreEqual(4m, harness.LinesOf("invoice", Id(created[0])).Single()["quantity"]!.GetValue<decimal>());
        var requests = harness.ApiRequests();
        Assert.HasCount(4, requests, string.Join(", ", requests));
        Assert.StartsWith("GET finance/invoices/", requests[0]);
        Assert.StartsWith("PATCH finance/invoices/", requests[1]);
        Assert.AreEqual("GET procurement/products", requests[2]);
        Assert.StartsWith("PATCH procurement/products/", requests[3]);
    }

    [TestMethod]
    [DataRow(true)]
    [DataRow(false)]
    public async Task PushAsync_InvoiceClosedInConnectWise_LeftAloneWithAClearConflict(bool referenceSaysClosed)
    {
        await using var harness = await StartAsync();
        var created = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)));
        var status = referenceSaysClosed
            ? new JsonObject { ["id"] = 3, ["name"] = "Paid", ["isClosed"] = true }
            : new JsonObject { ["id"] = 4, ["name"] = "Void" };
        harness.Simulator.Store.Update(BillingHarness.Invoices, Id(created[0]), i => i["status"] = status);
        harness.Simulator.Requests.Clear();

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 2, 1m)) with { DueDate = new DateOnly(2026, 6, 1) });

        Assert.AreEqual(PushOutcome.Failed, results[0].Outcome);
        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind);
        Assert.Contains("closed status", results[0].Reason!);
        Assert.Contains(referenceSaysClosed ? "'Paid'" : "'Void'", results[0].Reason!);
        Assert.AreEqual(created[0].RemoteId, results[0].RemoteId);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
        Assert.StartsWith("2026-05-01", harness.Simulator.Store.Get(BillingHarness.Invoices, Id(created[0]))!["dueDate"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task PushAsync_InvoiceWithSameReferenceExists_AdoptsInsteadOfCreating()
    {
        await using var harness = await StartAsync();
        var existing = harness.Simulator.Store.Add(BillingHarness.Invoices, new JsonObject
        {
            ["type"] = "Standard",
            ["company"] = new JsonObject { ["id"] = harness.LinkedId(BssModules.Accounts, "A1") },
            ["reference"] = "INV-2026-0042",
            ["status"] = new JsonObject { ["id"] = 1 },
        });

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)));

        Assert.AreEqual(existing.ToString(CultureInfo.InvariantCulture), results[0].RemoteId, results[0].Reason);
        Assert.Contains("Adopted", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.CountOf("POST", BillingHarness.Invoices));
        Assert.AreEqual(1, harness.Simulator.Store.Count(BillingHarness.Invoices));
        Assert.HasCount(1, harness.LinesOf("invoice", existing));
    }

    [TestMethod]
    public async Task PushAsync_InvoiceTypeLookup_MapsTypeAndRefusesUnknownOnesWithConfigurationFailure()
    {
        await using var harness = await StartAsync();
        harness.Lookups[LookupNames.InvoiceType] = new Dictionary<string, string> { ["Credit"] = "CreditMemo", ["Odd"] = "NoSuchType" };

        var results = await harness.PushAsync(
            BssModules.Invoices,
            NewInvoice(Line("P1", 1, 1m)) with { Type = "Credit" },
            NewInvoice(Line("P1", 1, 1m)) with { Id = "I2", Number = "INV-2", Type = "Odd" },
            NewInvoice(Line("P1", 1, 1m)) with { Id = "I3", Number = "INV-3", Type = "Barter" });

        Assert.AreEqual("CreditMemo", harness.Simulator.Store.Get(BillingHarness.Invoices, Id(results[0]))!["type"]!.GetValue<string>());
        Assert.AreEqual(FailureKind.Configuration, results[1].FailureKind);
        Assert.Contains("'NoSuchType'", results[1].Reason!);
        Assert.AreEqual(FailureKind.Configuration, results[2].FailureKind);
        Assert.Contains("'Barter'", results[2].Reason!);
    }

    [TestMethod]
    public async Task PushAsync_InvoiceWithoutNumber_DataFailureNamingTheReference()
    {
        await using var harness = await StartAsync();

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)) with { Number = " " });

        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        Assert.Contains("reference is required", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    public async Task PushAsync_UnlinkedInvoiceAlreadyClosedInConnectWise_NotAdoptedNorChanged()
    {
        await using var harness = await StartAsync();
        harness.Simulator.Store.Add(BillingHarness.Invoices, new JsonObject
        {
            ["type"] = "Standard",
            ["company"] = new JsonObject { ["id"] = harness.LinkedId(BssModules.Accounts, "A1") },
            ["reference"] = "INV-2026-0042",
            ["status"] = new JsonObject { ["id"] = 3 },
        });

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)));

        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind);
        Assert.Contains("'Paid'", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
        Assert.IsFalse(harness.Links.All.Any(l => l.Module == BssModules.Invoices));
    }

    [TestMethod]
    [DataRow("Contract", "Agreement")]
    [DataRow("Fixed fee", "Progress")]
    public async Task PushAsync_TypeMappedToOneOnlyConnectWiseMakes_ConfigurationFailureNamingTheLookupWithoutAnyRequest(string bssType, string mapped)
    {
        await using var harness = await StartAsync();
        harness.Lookups[LookupNames.InvoiceType] = new Dictionary<string, string> { [bssType] = mapped };

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)) with { Type = bssType });

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains(LookupNames.InvoiceType, results[0].Reason!);
        Assert.Contains($"'{bssType}'", results[0].Reason!);
        Assert.Contains($"'{mapped}'", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task PushAsync_BssTypeChangedAfterCreate_ConflictWithTheFixAndNoWrite()
    {
        await using var harness = await StartAsync();
        harness.Lookups[LookupNames.InvoiceType] = new Dictionary<string, string> { ["Credit"] = "CreditMemo" };
        var created = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)) with { Type = "Miscellaneous" });
        harness.Simulator.Requests.Clear();

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)) with { Type = "Credit", DueDate = new DateOnly(2026, 6, 1) });

        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind);
        Assert.Contains("'CreditMemo'", results[0].Reason!);
        Assert.Contains("cannot change an invoice's type", results[0].Reason!);
        Assert.Contains("delete", results[0].Reason!);
        Assert.Contains("unlink", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
        var invoice = harness.Simulator.Store.Get(BillingHarness.Invoices, Id(created[0]))!;
        Assert.AreEqual("Miscellaneous", invoice["type"]!.GetValue<string>());
        Assert.StartsWith("2026-05-01", invoice["dueDate"]!.GetValue<string>());
    }

    [TestMethod]
    public async Task PushAsync_AccountChangedAfterCreate_ConflictAndTheCompanyIsNeverPatched()
    {
        await using var harness = await StartAsync();
        var first = harness.LinkedId(BssModules.Accounts, "A1");
        await harness.LinkedCompanyAsync("A2", "CONTOSO");
        var created = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)));
        harness.Simulator.Requests.Clear();

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)) with { AccountId = "A2" });

        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind, results[0].Reason);
        Assert.Contains("account A2", results[0].Reason!);
        Assert.Contains("on create only", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
        Assert.AreEqual(first, harness.Simulator.Store.Get(BillingHarness.Invoices, Id(created[0]))!["company"]!["id"]!.GetValue<int>());
    }

    [TestMethod]
    public async Task PushAsync_StandardInvoiceOfAnOlderVersionWithDefaultType_UpdatedWithoutConflictOrTypePatch()
    {
        await using var harness = await StartAsync();
        var company = harness.LinkedId(BssModules.Accounts, "A1");
        var existing = harness.Simulator.Store.Add(BillingHarness.Invoices, new JsonObject
        {
            ["type"] = "Standard",
            ["company"] = new JsonObject { ["id"] = company },
            ["reference"] = "INV-2026-0042",
            ["status"] = new JsonObject { ["id"] = 1 },
        });
        await harness.LinkAsync(BssModules.Invoices, "I1", existing);

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)));

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.AreEqual("Standard", harness.Simulator.Store.Get(BillingHarness.Invoices, existing)!["type"]!.GetValue<string>());
        Assert.IsFalse(results[0].Changes.Any(c => c.Field is "type" or "company"));
    }

    [TestMethod]
    public async Task PushAsync_UnlinkedInvoiceOfAnotherTypeWithTheSameReference_ConflictInsteadOfAdoption()
    {
        await using var harness = await StartAsync();
        harness.Simulator.Store.Add(BillingHarness.Invoices, new JsonObject
        {
            ["type"] = "DownPayment",
            ["company"] = new JsonObject { ["id"] = harness.LinkedId(BssModules.Accounts, "A1") },
            ["reference"] = "INV-2026-0042",
            ["status"] = new JsonObject { ["id"] = 1 },
        });

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice(Line("P1", 1, 1m)) with { Type = "CreditMemo" });

        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind);
        Assert.Contains("DownPayment", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
        Assert.IsFalse(harness.Links.All.Any(l => l.Module == BssModules.Invoices));
    }

    [TestMethod]
    public async Task PushAsync_InvoiceWithoutLinesAndType_IsStandard()
    {
        await using var harness = await StartAsync();

        var results = await harness.PushAsync(BssModules.Invoices, NewInvoice());

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.AreEqual("Standard", harness.Simulator.Store.Get(BillingHarness.Invoices, Id(results[0]))!["type"]!.GetValue<string>());
    }
}
