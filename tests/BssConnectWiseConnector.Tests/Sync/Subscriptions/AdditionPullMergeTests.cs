using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Subscriptions;
using BssConnectWiseConnector.Tests.TestSupport;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

[TestClass]
public sealed class AdditionPullMergeTests
{
    // The link remembers 10 seats at 5.00 (cost 2.50) on agreement 3.
    private static readonly SubscriptionLinkState State = new(3, new JObject
    {
        ["addition"] = new JObject { ["quantity"] = 10m, ["unitPrice"] = 5m, ["unitCost"] = 2.5m },
        ["agreementType"] = 1,
        ["company"] = 250,
    });

    private static readonly IntegrationLink Link = new(BssModules.Subscriptions, "S1", "77", SubscriptionLinkState.Hash(State.Payload), DateTimeOffset.UnixEpoch, State.ToText());

    private static ConnectWiseSettings Settings(SubscriptionDriftPolicy policy, ConnectWiseSubscriptionFields fields = ConnectWiseSubscriptionFields.Seats) =>
        TestSettings.Parse() with { SubscriptionDriftPolicy = policy, SubscriptionFieldsFromConnectWise = fields };

    private static Subscription Bss(decimal seats = 10, decimal price = 5m) => new() { Id = "S1", Quantity = seats, UnitPrice = price, UnitCost = 2.5m };

    private static Addition InConnectWise(decimal seats = 10, decimal price = 5m) => new() { Id = 77, Quantity = seats, UnitPrice = price, UnitCost = 2.5m };

    [TestMethod]
    // policy, BSS seats, ConnectWise seats, expected BSS seats after, conflict expected
    [DataRow(SubscriptionDriftPolicy.ConnectWiseWins, 10, 12, 12, false, DisplayName = "ConnectWise changed: taken")]
    [DataRow(SubscriptionDriftPolicy.ConnectWiseWins, 15, 12, 12, true, DisplayName = "both changed: ConnectWise wins, reported")]
    [DataRow(SubscriptionDriftPolicy.ConnectWiseWins, 15, 10, 15, false, DisplayName = "BSS changed only: not seen changed in ConnectWise, so kept (the push never sends it)")]
    [DataRow(SubscriptionDriftPolicy.ConnectWiseWins, 10, 10, 10, false, DisplayName = "nothing changed")]
    [DataRow(SubscriptionDriftPolicy.ReportOnly, 10, 12, 10, true, DisplayName = "ReportOnly: reported, kept")]
    [DataRow(SubscriptionDriftPolicy.ReportOnly, 15, 10, 15, false, DisplayName = "ReportOnly: a BSS edit is the push's")]
    public void Merge_SeatCases_FollowThePolicy(SubscriptionDriftPolicy policy, int bssSeats, int cwSeats, int expected, bool conflict)
    {
        var pulled = AdditionPullMerge.Merge(InConnectWise(cwSeats), Link, State, Bss(bssSeats), Settings(policy));

        Assert.AreEqual(expected, (int)pulled.Record.Quantity);
        Assert.AreEqual(conflict, pulled.Conflicts.Any(c => c.Field == "quantity"), string.Join(" | ", pulled.Conflicts));
        Assert.AreEqual(expected == bssSeats, pulled.Unchanged);
    }

    [TestMethod]
    public void Merge_ConnectWiseWinsTakesSeats_LinkAgreesWithTheSeatsTaken()
    {
        var pulled = AdditionPullMerge.Merge(InConnectWise(12), Link, State, Bss(), Settings(SubscriptionDriftPolicy.ConnectWiseWins));

        var agreed = SubscriptionLinkState.Parse(pulled.Agreed!.Snapshot)!;
        Assert.AreEqual(12m, agreed.Number("quantity"));
        Assert.AreEqual(3, agreed.AgreementId);
        Assert.AreEqual(SubscriptionLinkState.Hash(agreed.Payload), pulled.Agreed.PayloadHash);
        Assert.AreNotEqual(Link.PayloadHash, pulled.Agreed.PayloadHash);
    }

    [TestMethod]
    public void Merge_ConnectWiseWinsSeatsOnlyPriceChangedInConnectWise_ReportedForThePushToOverwrite()
    {
        var pulled = AdditionPullMerge.Merge(InConnectWise(price: 7m), Link, State, Bss(), Settings(SubscriptionDriftPolicy.ConnectWiseWins));

        Assert.AreEqual(5m, pulled.Record.UnitPrice);
        Assert.Contains("next push overwrites unitPrice", pulled.Conflicts.Single(c => c.Field == "unitPrice").Resolution);
    }

    [TestMethod]
    public void Merge_ConnectWiseWinsSeatsPriceAndCost_TakesThePrice()
    {
        var pulled = AdditionPullMerge.Merge(InConnectWise(price: 7m), Link, State, Bss(), Settings(SubscriptionDriftPolicy.ConnectWiseWins, ConnectWiseSubscriptionFields.SeatsPriceAndCost));

        Assert.AreEqual(7m, pulled.Record.UnitPrice);
        Assert.IsEmpty(pulled.Conflicts);
    }

    [TestMethod]
    public void Merge_CancelledInConnectWise_ReportedNeverTaken()
    {
        var cancelled = InConnectWise(12) with { CancelledDate = new DateTimeOffset(2026, 3, 31, 0, 0, 0, TimeSpan.Zero) };

        var pulled = AdditionPullMerge.Merge(cancelled, Link, State, Bss(), Settings(SubscriptionDriftPolicy.ConnectWiseWins));

        Assert.IsTrue(pulled.Unchanged);
        Assert.AreEqual(10m, pulled.Record.Quantity);
        Assert.AreEqual(("cancelledDate", "2026-03-31"), (pulled.Conflicts.Single().Field, pulled.Conflicts.Single().RemoteValue));
    }
}
