using System.Globalization;
using System.Text.Json.Nodes;
using Bss.IntegrationFramework;
using ConnectWise.Simulator;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Payments;

[TestClass]
public sealed class PaymentsPushModuleTests
{
    public TestContext TestContext { get; set; } = null!;

    private static Payment NewPayment(string method = "card", decimal amount = 150m, string id = "PAY1") => new()
    {
        Id = id,
        InvoiceId = "I1",
        Amount = amount,
        Date = new DateOnly(2026, 4, 20),
        PaymentMethodId = method,
        Reference = "TX-" + id,
    };

    private static async Task<(BillingHarness Harness, int InvoiceId)> StartAsync(TestContext context)
    {
        var harness = await BillingHarness.StartAsync(context.CancellationToken);
        var company = await harness.LinkedCompanyAsync("A1", "NORTHWIND");
        var invoice = harness.Simulator.Store.Add(BillingHarness.Invoices, new JsonObject
        {
            ["type"] = "Standard",
            ["company"] = new JsonObject { ["id"] = company },
            ["reference"] = "INV-1",
        });
        await harness.LinkAsync(BssModules.Invoices, "I1", invoice);
        return (harness, invoice);
    }

    [TestMethod]
    [DataRow("card", "CreditCard")]
    [DataRow("BANK", "BankDeposit")]
    public async Task PushAsync_PaymentMethod_CreatesPaymentOfTheMatchingTypeInTwoRequests(string method, string type)
    {
        var (harness, invoice) = await StartAsync(TestContext);
        await using var _ = harness;

        var results = await harness.PushAsync(BssModules.Payments, NewPayment(method));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var payment = harness.PaymentsOf(invoice).Single();
        Assert.AreEqual(type, payment["type"]!.GetValue<string>());
        Assert.AreEqual(150m, payment["amount"]!.GetValue<decimal>());
        Assert.StartsWith("2026-04-20", payment["paymentDate"]!.GetValue<string>());
        Assert.AreEqual(payment["id"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), results[0].RemoteId);
        CollectionAssert.AreEqual(
            new[] { $"GET finance/invoices/{invoice}/payments", $"POST finance/invoices/{invoice}/payments" },
            harness.ApiRequests().ToArray());
    }

    [TestMethod]
    public async Task PushAsync_UnknownMethod_ConfigurationFailureNamingTheMethodAndNoWrite()
    {
        var (harness, _) = await StartAsync(TestContext);
        await using var __ = harness;

        var results = await harness.PushAsync(BssModules.Payments, NewPayment("paypal"));

        Assert.AreEqual(PushOutcome.Failed, results[0].Outcome);
        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains("'paypal'", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task PushAsync_SamePaymentAgain_UnchangedWithoutAnyRequest()
    {
        var (harness, invoice) = await StartAsync(TestContext);
        await using var __ = harness;
        await harness.PushAsync(BssModules.Payments, NewPayment());
        harness.Simulator.Requests.Clear();

        var results = await harness.PushAsync(BssModules.Payments, NewPayment());

        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome);
        Assert.AreEqual(0, harness.Simulator.Requests.Count);
        Assert.HasCount(1, harness.PaymentsOf(invoice));
    }

    [TestMethod]
    public async Task PushAsync_CrashBetweenPostAndLink_AdoptsTheAppliedPaymentInsteadOfPayingTwice()
    {
        var (harness, invoice) = await StartAsync(TestContext);
        await using var __ = harness;
        var applied = harness.Simulator.Store.Add(BillingHarness.Payments, new JsonObject
        {
            ["type"] = "CreditCard",
            ["invoice"] = new JsonObject { ["id"] = invoice },
            ["amount"] = 150,
            ["paymentDate"] = "2026-04-20T00:00:00Z",
        });

        var results = await harness.PushAsync(BssModules.Payments, NewPayment());

        Assert.AreEqual(PushOutcome.Unchanged, results[0].Outcome, results[0].Reason);
        Assert.AreEqual(applied.ToString(CultureInfo.InvariantCulture), results[0].RemoteId);
        Assert.Contains("instead of applying the payment twice", results[0].Reason!);
        Assert.HasCount(1, harness.PaymentsOf(invoice));
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
        Assert.AreEqual(applied, harness.LinkedId(BssModules.Payments, "PAY1"));
    }

    [TestMethod]
    public async Task PushAsync_TwoEqualPaymentsOneAlreadyApplied_AdoptsOneCreatesTheOther()
    {
        var (harness, invoice) = await StartAsync(TestContext);
        await using var __ = harness;
        harness.Simulator.Store.Add(BillingHarness.Payments, new JsonObject
        {
            ["type"] = "CreditCard",
            ["invoice"] = new JsonObject { ["id"] = invoice },
            ["amount"] = 50,
            ["paymentDate"] = "2026-04-20T00:00:00Z",
        });

        var results = await harness.PushAsync(BssModules.Payments, NewPayment(amount: 50m, id: "PAY1"), NewPayment(amount: 50m, id: "PAY2"));

        CollectionAssert.AreEqual(new[] { PushOutcome.Unchanged, PushOutcome.Created }, results.Select(r => r.Outcome).ToArray());
        Assert.HasCount(2, harness.PaymentsOf(invoice));
        Assert.AreNotEqual(results[0].RemoteId, results[1].RemoteId);
    }

    [TestMethod]
    public async Task PushAsync_PaymentChangedAfterItWasApplied_ReportedAsConflictAndNotAppliedAgain()
    {
        var (harness, invoice) = await StartAsync(TestContext);
        await using var __ = harness;
        var first = await harness.PushAsync(BssModules.Payments, NewPayment());
        harness.Simulator.Requests.Clear();

        var results = await harness.PushAsync(BssModules.Payments, NewPayment(amount: 175m));

        Assert.AreEqual(FailureKind.Conflict, results[0].FailureKind);
        Assert.AreEqual(first[0].RemoteId, results[0].RemoteId);
        Assert.Contains("never edited or applied twice", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.Count);
        Assert.AreEqual(150m, harness.PaymentsOf(invoice).Single()["amount"]!.GetValue<decimal>());
    }

    [TestMethod]
    public async Task PushAsync_InvoiceNotLinked_PushesTheInvoiceFirstThenPaysIt()
    {
        var (harness, _) = await StartAsync(TestContext);
        await using var __ = harness;
        await harness.LinkedCatalogItemAsync("P1", "SKU-1");
        harness.AddRecords(new Invoice
        {
            Id = "I2",
            Number = "INV-2",
            AccountId = "A1",
            Date = new DateOnly(2026, 4, 1),
            Lines = [new InvoiceLine { ProductId = "P1", Quantity = 1, UnitPrice = 80m }],
        });

        var results = await harness.PushAsync(BssModules.Payments, NewPayment(amount: 80m) with { InvoiceId = "I2" });

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var invoice = harness.LinkedId(BssModules.Invoices, "I2");
        Assert.AreEqual("INV-2", harness.Simulator.Store.Get(BillingHarness.Invoices, invoice)!["reference"]!.GetValue<string>());
        Assert.HasCount(1, harness.PaymentsOf(invoice));
    }

    [TestMethod]
    public async Task PushAsync_InvoiceUnknownToTheBss_FailsWithTheInvoicesReason()
    {
        var (harness, _) = await StartAsync(TestContext);
        await using var __ = harness;

        var results = await harness.PushAsync(BssModules.Payments, NewPayment() with { InvoiceId = "I-MISSING" });

        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        Assert.Contains("'I-MISSING'", results[0].Reason!);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
    }

    [TestMethod]
    public async Task PushAsync_PostCommittedButAnsweredWithAnError_NextRunAdoptsItAndTheInvoiceHasOnePayment()
    {
        var (harness, invoice) = await StartAsync(TestContext);
        await using var __ = harness;
        harness.Simulator.Options.Faults.CommitThenFailShare = 1;

        var crashed = await harness.PushAsync(BssModules.Payments, NewPayment());
        harness.Simulator.Options.Faults.CommitThenFailShare = 0;
        var again = await harness.PushAsync(BssModules.Payments, NewPayment());

        Assert.AreEqual(FailureKind.Transient, crashed[0].FailureKind, crashed[0].Reason);
        Assert.AreEqual(PushOutcome.Unchanged, again[0].Outcome, again[0].Reason);
        Assert.Contains("Adopted", again[0].Reason!);
        Assert.HasCount(1, harness.PaymentsOf(invoice));
        Assert.AreEqual(1, harness.Simulator.Requests.CountOf("POST", $"finance/invoices/{invoice}/payments"));
    }

    [TestMethod]
    public async Task PushAsync_DryRun_ReportsThePaymentAndWritesNothing()
    {
        var (harness, invoice) = await StartAsync(TestContext);
        await using var __ = harness;

        var results = await harness.PushItemsAsync(BssModules.Payments, new PushOptions { DryRun = true }, new PushItem<Payment>(NewPayment("bank"), SyncOperation.Create));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome);
        Assert.Contains("BankDeposit", results[0].Changes.Single().NewValue!);
        Assert.AreEqual(0, harness.Simulator.Requests.WriteCount);
        Assert.IsEmpty(harness.PaymentsOf(invoice));
    }

    private static async Task<(BillingHarness Harness, int InvoiceId)> StartStrictAsync(TestContext context)
    {
        var harness = await BillingHarness.StartAsync(new SimulatorOptions { Profile = SimulatorProfile.Strict }, context.CancellationToken);
        var company = await harness.LinkedCompanyAsync("A1", "NORTHWIND");
        var invoice = harness.Simulator.Store.Add(BillingHarness.Invoices, new JsonObject
        {
            ["type"] = "Miscellaneous",
            ["company"] = new JsonObject { ["id"] = company },
            ["reference"] = "INV-1",
        });
        await harness.LinkAsync(BssModules.Invoices, "I1", invoice);
        return (harness, invoice);
    }

    [TestMethod]
    [DataRow("card", "'Credit card payment type' (CreditCardPaymentType)", "'CreditCard'")]
    [DataRow("bank", "'Bank deposit payment type' (BankDepositPaymentType)", "'BankDeposit'")]
    public async Task PushAsync_SiteRefusesTheType_ConfigurationFailureNamingTheSettingAndNothingApplied(string method, string setting, string sent)
    {
        var (harness, invoice) = await StartStrictAsync(TestContext);
        await using var _ = harness;

        var results = await harness.PushAsync(BssModules.Payments, NewPayment(method));

        Assert.AreEqual(FailureKind.Configuration, results[0].FailureKind);
        Assert.Contains(setting, results[0].Reason!);
        Assert.Contains(sent, results[0].Reason!);
        Assert.IsEmpty(harness.PaymentsOf(invoice));
        Assert.IsFalse(harness.Links.All.Any(l => l.Module == BssModules.Payments));
    }

    [TestMethod]
    public async Task PushAsync_TypeSetToWhatTheSiteAccepts_CreatesThePaymentWithThatType()
    {
        var (harness, invoice) = await StartStrictAsync(TestContext);
        await using var _ = harness;
        harness.Variables[BssConnectWiseConnector.Settings.ServerVariableNames.CreditCardPaymentType] = "Payment";

        var results = await harness.PushAsync(BssModules.Payments, NewPayment("card"));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.AreEqual("Payment", harness.PaymentsOf(invoice).Single()["type"]!.GetValue<string>());
    }
}

