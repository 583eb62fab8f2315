using System.Globalization;
using Bss.IntegrationFramework;
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
}
