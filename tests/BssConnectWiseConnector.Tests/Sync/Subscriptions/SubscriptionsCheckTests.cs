using System.Globalization;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Linking;
using static BssConnectWiseConnector.Tests.Sync.Subscriptions.SubscriptionWorld;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

[TestClass]
public sealed class SubscriptionsCheckTests
{
    [TestMethod]
    public async Task Check_SeatsDifferInConnectWise_WarningPerCustomerWithTheMoneyPerCycle()
    {
        await using var w = await StartAsync("A1", "A2");
        var subscriptions = new[] { Sub("S1"), Sub("S2", "A2", seats: 4) };
        w.H.Records.Add(subscriptions);
        var pushed = await w.PushAsync(subscriptions);
        w.H.Simulator.Store.Update(Additions, int.Parse(pushed[0].RemoteId!, CultureInfo.InvariantCulture), a => a["quantity"] = 12m);
        var agreement = (int)w.Addition(pushed[0].RemoteId)["agreementId"]!;
        w.AddAddition(agreement, seats: 2);

        await using var session = await w.H.OpenAsync();
        var report = await session.CheckAsync();

        var warning = report.Findings.Single(f => f.Area == "Reconciliation" && f.Severity == CheckSeverity.Warning);
        Assert.Contains("Customer A1", warning.Message);
        Assert.Contains("Monthly: ConnectWise bills 20.00 more per cycle (BSS 50.00, ConnectWise 70.00", warning.Message);
        Assert.Contains("BSS 10 × 5.00 (cost 2.50), ConnectWise 12 × 5.00", warning.Message);
        Assert.Contains("2 seats in ConnectWise that no BSS subscription claims", warning.Message);
        Assert.Contains("1 of 2 customers", report.Findings.Single(f => f.Area == "Reconciliation" && f.Severity == CheckSeverity.Ok).Message);
    }

    [TestMethod]
    public async Task Check_MappedTypes_ReportsMissingTypeAndTheTagFieldsOfAdditions()
    {
        await using var w = await StartAsync();
        w.H.Lookups["BillingCycle"] = new Dictionary<string, string> { ["Monthly"] = "1", ["Weekly"] = "99" };
        var agreement = w.AddAgreement("A1");
        w.AddAddition(agreement, tagFields: true);

        await using var session = await w.H.OpenAsync();
        var findings = (await session.CheckAsync()).Findings.Where(f => f.Area == "Subscriptions").ToArray();

        Assert.AreEqual(CheckSeverity.Error, findings.Single(f => f.Message.Contains("'Weekly'", StringComparison.Ordinal)).Severity);
        var managed = findings.Single(f => f.Message.Contains("'Managed Service'", StringComparison.Ordinal));
        Assert.AreEqual(CheckSeverity.Ok, managed.Severity);
        Assert.Contains("have the custom fields", managed.Message);
    }

    [TestMethod]
    public async Task Check_AdditionsWithoutTagFields_WarnsWithTheFix()
    {
        await using var w = await StartAsync();
        await w.PushAsync(Sub("S1"));

        await using var session = await w.H.OpenAsync();
        var finding = (await session.CheckAsync()).Findings.Single(f => f.Area == "Subscriptions" && f.Message.Contains("'Managed Service'", StringComparison.Ordinal));

        Assert.AreEqual(CheckSeverity.Warning, finding.Severity);
        Assert.Contains("Subscription ID", finding.Fix!);
    }

    [TestMethod]
    public async Task Check_CustomerLinkedByHandWithAPricePerSeat_ComparesThePriceThePushSends()
    {
        await using var w = await StartAsync("A1");
        await new AgreementTerms(w.Companies["A1"], null, 7m).SaveAsync(w.H.Links, "A1", TimeProvider.System, CancellationToken.None);
        var subscription = Sub("S1", seats: 10, price: 5m);
        w.H.Records.Add(subscription);
        var pushed = await w.PushAsync(subscription);

        await using var session = await w.H.OpenAsync();
        var report = await session.CheckAsync();

        Assert.AreEqual(7m, (decimal)w.Addition(pushed[0].RemoteId)["unitPrice"]!, "the push sends the customer's price per seat");
        Assert.IsFalse(report.Findings.Any(f => f.Area == "Reconciliation" && f.Severity == CheckSeverity.Warning), string.Join(Environment.NewLine, report.Findings.Select(f => f.Message)));
        Assert.Contains("1 of 1 customer with seats", report.Findings.Single(f => f.Area == "Reconciliation" && f.Severity == CheckSeverity.Ok).Message);
    }

    [TestMethod]
    public async Task Check_PriceKeptInConnectWiseAndEditedThere_OnlySeatsCountAsADifference()
    {
        await using var w = await StartAsync("A1");
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users", PriceFrom = "ConnectWise" });
        var subscription = Sub("S1", seats: 10, price: 5m, cost: 2m);
        w.H.Records.Add(subscription);
        var pushed = await w.PushAsync(subscription);
        var id = int.Parse(pushed[0].RemoteId!, CultureInfo.InvariantCulture);
        w.H.Simulator.Store.Update(Additions, id, a => a["unitPrice"] = 7m);

        await using (var session = await w.H.OpenAsync())
        {
            var kept = await session.CheckAsync();
            Assert.IsFalse(kept.Findings.Any(f => f.Area == "Reconciliation" && f.Severity == CheckSeverity.Warning), "a price kept in ConnectWise is not a difference");
        }

        w.H.Simulator.Store.Update(Additions, id, a => a["quantity"] = 12m);
        await using var again = await w.H.OpenAsync();
        var warning = (await again.CheckAsync()).Findings.Single(f => f.Area == "Reconciliation" && f.Severity == CheckSeverity.Warning);
        Assert.Contains("Monthly: ConnectWise bills 14.00 more per cycle (BSS 70.00, ConnectWise 84.00", warning.Message);
    }

    [TestMethod]
    public async Task Check_DoNotBillWithSeatsIncluded_BillsWhatTheRulesBill()
    {
        await using var w = await StartAsync("A1");
        w.H.Records.Add(new Product { Id = "P1", Name = "Archon Users", LessIncluded = 3m });
        var billed = Sub("S1", seats: 10, price: 5m);
        var free = Sub("S2", product: "P1", seats: 4, price: 5m) with { BillCustomer = "DoNotBill" };
        w.H.Records.Add(billed, free);
        var pushed = await w.PushAsync(billed, free);
        w.H.Simulator.Store.Update(Additions, int.Parse(pushed[0].RemoteId!, CultureInfo.InvariantCulture), a => a["quantity"] = 11m);

        await using var session = await w.H.OpenAsync();
        var warning = (await session.CheckAsync()).Findings.Single(f => f.Area == "Reconciliation" && f.Severity == CheckSeverity.Warning);

        // BSS: (10 - 3) x 5.00 billed + 0 for DoNotBill = 35.00; ConnectWise: (11 - 3) x 5.00 = 40.00.
        Assert.Contains("Monthly: ConnectWise bills 5.00 more per cycle (BSS 35.00, ConnectWise 40.00", warning.Message);
    }
}
