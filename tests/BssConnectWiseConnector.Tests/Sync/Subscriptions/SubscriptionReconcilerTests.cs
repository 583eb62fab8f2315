using BssConnectWiseConnector.Sync.Subscriptions;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

[TestClass]
public sealed class SubscriptionReconcilerTests
{
    [TestMethod]
    public void Reconcile_SeatsDiffer_DifferenceInMoneyPerCycle()
    {
        var customers = SubscriptionReconciler.Reconcile(
        [
            new SeatLine("Acme", 7, "Monthly", "Archon", new Seats(10, 5m, 2.5m), new Seats(12, 5m, 2.5m)),
            new SeatLine("Acme", 7, "Monthly", "Devices", new Seats(3, 25m, 8m), new Seats(3, 25m, 8m)),
            new SeatLine("Acme", 7, "Yearly", "Backup", new Seats(1, 100m, 40m), null),
        ]);

        var acme = customers.Single();
        Assert.IsTrue(acme.HasDifference);
        Assert.HasCount(2, acme.Differences);
        var monthly = acme.Cycles.Single(c => c.BillingCycle == "Monthly");
        Assert.AreEqual(10m, monthly.RevenueDifference, "2 more seats at 5.00");
        Assert.AreEqual(5m, monthly.CostDifference);
        Assert.AreEqual(-100m, acme.Cycles.Single(c => c.BillingCycle == "Yearly").RevenueDifference);
        var text = SubscriptionReconciler.Describe(acme);
        Assert.Contains("Monthly: ConnectWise bills 10.00 more per cycle (BSS 125.00, ConnectWise 135.00", text);
        Assert.Contains("Yearly: ConnectWise bills 100.00 less per cycle", text);
        Assert.Contains("Backup: 1 seats in the BSS, no addition in ConnectWise", text);
    }

    [TestMethod]
    public void Reconcile_EverythingMatches_NoDifferenceAndCustomersWithDifferencesFirst()
    {
        var customers = SubscriptionReconciler.Reconcile(
        [
            new SeatLine("Alpha", 1, "Monthly", "Archon", new Seats(10, 5m, 2.5m), new Seats(10, 5m, 2.5m)),
            new SeatLine("Zulu", 2, "Monthly", "Archon", new Seats(4, 5m, 2.5m), new Seats(4, 6m, 2.5m)),
            new SeatLine("Beta", 3, "Monthly", "Old", new Seats(0, 5m, 2.5m), new Seats(0, 5m, 2.5m)),
        ]);

        Assert.AreEqual("Zulu", customers[0].Customer);
        Assert.IsFalse(customers.Single(c => c.Customer == "Alpha").HasDifference);
        Assert.IsFalse(customers.Single(c => c.Customer == "Beta").HasDifference);
    }

    [TestMethod]
    public void Reconcile_UnclaimedAdditionWithoutSeats_IsNotADifference()
    {
        var customers = SubscriptionReconciler.Reconcile([new SeatLine("Acme", 7, "Monthly", "Old", null, new Seats(0, 5m, 2.5m))]);

        Assert.IsFalse(customers.Single().HasDifference);
    }

    [TestMethod]
    public void Describe_ConnectWiseOwnsSeats_SaysConnectWisesCountIsBilled()
    {
        var acme = SubscriptionReconciler.Reconcile(
        [
            new SeatLine("Acme", 7, "Monthly", "Archon", new Seats(10, 5m, 2.5m), new Seats(12, 5m, 2.5m)),
        ]).Single();

        var owned = SubscriptionReconciler.Describe(acme, connectWiseOwnsSeats: true);
        var bss = SubscriptionReconciler.Describe(acme);

        Assert.Contains("billed: ConnectWise's 12 seats (drift policy ConnectWiseWins", owned);
        Assert.DoesNotContain("billed:", bss);
    }
}
