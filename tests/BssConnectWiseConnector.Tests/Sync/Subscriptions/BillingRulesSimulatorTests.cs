using Bss.IntegrationFramework;
using static BssConnectWiseConnector.Tests.Sync.Subscriptions.SubscriptionWorld;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

/// <summary>The billing-rule fields of products and subscriptions (billCustomer, lessIncluded, taxable, invoice description template) against the simulator.</summary>
[TestClass]
public sealed class BillingRulesSimulatorTests
{
    [TestMethod]
    public async Task Push_ProductIncludesThreeSeats_AdditionCarriesLessIncludedAndOnlySevenSeatsBill()
    {
        await using var w = await StartAsync();
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users", LessIncluded = 3 });

        var results = await w.PushAsync(Sub("S1", seats: 10, price: 5m, cost: 2m));

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        Assert.AreEqual(3m, (decimal?)w.Addition(results[0].RemoteId)["lessIncluded"]);
        Assert.AreEqual(7 * 5m, results[0].Billing?.MonthlyRevenueChange, "included seats are not billed per seat");
        Assert.AreEqual(10 * 2m, results[0].Billing?.MonthlyCostChange, "they still cost");
        StringAssert.Contains(results[0].Billing?.Reason, "3 of them are included in the base price");
    }

    [TestMethod]
    public async Task Push_SubscriptionDoNotBillOverridesABillableProduct_AdditionIsDoNotBillAndBillsNothing()
    {
        await using var w = await StartAsync();
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users", BillCustomer = "Billable" });

        var results = await w.PushAsync(Sub("S1", seats: 10, price: 5m, cost: 2m) with { BillCustomer = "donotbill", Taxable = false });

        Assert.AreEqual(PushOutcome.Created, results[0].Outcome, results[0].Reason);
        var addition = w.Addition(results[0].RemoteId);
        Assert.AreEqual("DoNotBill", (string?)addition["billCustomer"]);
        Assert.IsFalse((bool?)addition["taxableFlag"]);
        Assert.AreEqual(0m, results[0].Billing?.MonthlyRevenueChange);
        Assert.AreEqual(20m, results[0].Billing?.MonthlyCostChange);
    }

    [TestMethod]
    public async Task Push_InvoiceDescriptionTemplate_FilledWithProductAndSeats()
    {
        await using var w = await StartAsync();
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users", InvoiceDescriptionTemplate = "{product}: {seats} seats ({name})" });

        var results = await w.PushAsync(Sub("S1", seats: 12.0m));

        Assert.AreEqual("Archon Users: 12 seats (Archon Users for A1)", (string?)w.Addition(results[0].RemoteId)["invoiceDescription"]);
    }

    [TestMethod]
    public async Task Push_UnknownBillCustomerAndPlaceholder_FailsAloneAsDataNamingBoth()
    {
        await using var w = await StartAsync();
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users" });

        var results = await w.PushAsync(Sub("S1") with { BillCustomer = "Sometimes", InvoiceDescriptionTemplate = "{seat} seats" }, Sub("S2", product: "P2"));

        Assert.AreEqual(PushOutcome.Failed, results[0].Outcome);
        Assert.AreEqual(FailureKind.Data, results[0].FailureKind);
        StringAssert.Contains(results[0].Reason, "billCustomer 'Sometimes' (subscription) is not Billable, DoNotBill or NoCharge.");
        StringAssert.Contains(results[0].Reason, "placeholder {seat}");
        Assert.AreEqual(PushOutcome.Created, results[1].Outcome, results[1].Reason);
    }

    [TestMethod]
    public async Task Push_NoRulesSet_AdditionAsBeforeAndARePushCostsNothing()
    {
        await using var w = await StartAsync();
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users" });

        var first = await w.PushAsync(Sub("S1"));
        w.H.Simulator.Requests.Clear();
        var again = await w.PushAsync(Sub("S1"));

        var addition = w.Addition(first[0].RemoteId);
        Assert.AreEqual("Billable", (string?)addition["billCustomer"]);
        Assert.AreEqual("Archon Users for A1", (string?)addition["invoiceDescription"]);
        Assert.AreEqual(PushOutcome.Unchanged, again[0].Outcome);
        Assert.AreEqual(0, w.H.Simulator.Requests.Count);
    }

    [TestMethod]
    public async Task Push_LessIncludedRaisedOnALinkedAddition_PatchedAndRevenueFalls()
    {
        await using var w = await StartAsync();
        var first = await w.PushAsync(Sub("S1", seats: 10, price: 5m));
        w.H.Simulator.Requests.Clear();

        var results = await w.PushAsync(Sub("S1", seats: 10, price: 5m) with { LessIncluded = 4 });

        Assert.AreEqual(PushOutcome.Updated, results[0].Outcome, results[0].Reason);
        Assert.AreEqual(4m, (decimal?)w.Addition(first[0].RemoteId)["lessIncluded"]);
        Assert.AreEqual(-4 * 5m, results[0].Billing?.MonthlyRevenueChange);
        Assert.AreEqual(2, w.H.Simulator.Requests.Count, "1 GET (drift) + 1 PATCH");
    }
}
