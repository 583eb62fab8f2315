using Bss.IntegrationFramework;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Subscriptions;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

[TestClass]
public sealed class AdditionMatcherTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [TestMethod]
    public void Match_NoAdditions_CreatesEach()
    {
        var decisions = AdditionMatcher.Match(5, [], [Plan(0, "S1"), Plan(1, "S2")], new Dictionary<int, string>(), Today);

        Assert.IsTrue(decisions.Values.All(d => d.Adopt is null && d.Conflict is null));
    }

    [TestMethod]
    public void Match_TaggedAddition_AdoptedByItsSubscriptionEvenOfAnotherProduct()
    {
        var tagged = Addition(21, product: 2, customId: "S2");

        var decisions = AdditionMatcher.Match(5, [Addition(20), tagged], [Plan(0, "S1"), Plan(1, "S2")], new Dictionary<int, string>(), Today);

        Assert.AreEqual(21, decisions[1].Adopt?.Id);
        Assert.AreEqual(20, decisions[0].Adopt?.Id, "the untagged addition of the product goes to the other subscription");
    }

    [TestMethod]
    public void Match_ClaimedOrCancelledAdditions_AreNeverCandidates()
    {
        var cancelled = Addition(22) with { CancelledDate = new DateTimeOffset(2026, 1, 31, 0, 0, 0, TimeSpan.Zero) };

        var decisions = AdditionMatcher.Match(5, [Addition(20), cancelled], [Plan(0, "S1")], new Dictionary<int, string> { [20] = "S7" }, Today);

        Assert.IsNull(decisions[0].Adopt);
        Assert.IsNull(decisions[0].Conflict);
    }

    [TestMethod]
    public void Match_CancelledInTheFuture_IsStillActive()
    {
        var ending = Addition(22) with { CancelledDate = new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero) };

        var decisions = AdditionMatcher.Match(5, [ending], [Plan(0, "S1")], new Dictionary<int, string>(), Today);

        Assert.AreEqual(22, decisions[0].Adopt?.Id);
    }

    [TestMethod]
    public void Match_TwoCandidatesTwoSubscriptions_PairedBySeatCount()
    {
        var decisions = AdditionMatcher.Match(5, [Addition(20, seats: 3), Addition(21, seats: 10)], [Plan(0, "S1", seats: 10), Plan(1, "S2", seats: 3)], new Dictionary<int, string>(), Today);

        Assert.AreEqual(21, decisions[0].Adopt?.Id);
        Assert.AreEqual(20, decisions[1].Adopt?.Id);
    }

    [TestMethod]
    public void Match_MoreCandidatesThanSubscriptions_ConflictNamesThemAndGuessesNothing()
    {
        var decisions = AdditionMatcher.Match(5, [Addition(20, seats: 3), Addition(21, seats: 4)], [Plan(0, "S1")], new Dictionary<int, string>(), Today);

        Assert.IsNull(decisions[0].Adopt);
        Assert.Contains("#20 (3 seats), #21 (4 seats)", decisions[0].Conflict!);
        Assert.Contains("Agreement #5", decisions[0].Conflict!);
    }

    [TestMethod]
    public void Match_AdditionItsOwnLinkNames_AdoptedBeforeAnyOther()
    {
        var decisions = AdditionMatcher.Match(5, [Addition(20), Addition(21)], [Plan(0, "S1")], new Dictionary<int, string> { [21] = "S1" }, Today);

        Assert.AreEqual(21, decisions[0].Adopt?.Id);
    }

    private static Addition Addition(int id, int product = 1, decimal seats = 10, string? customId = null) => new()
    {
        Id = id,
        Product = new Reference(product),
        Quantity = seats,
        CustomFields = customId is null ? null : [new CustomFieldValue { Id = 11, Caption = "Subscription ID", Value = customId }],
    };

    private static SubscriptionPlan Plan(int index, string id, int product = 1, decimal seats = 10)
    {
        var addition = new Addition { Product = new Reference(product), Quantity = seats };
        var payload = new SubscriptionPayload(1, 1, addition, id, id);
        var json = SubscriptionLinkState.Canonical(payload);
        return new SubscriptionPlan(index, new PushItem<Subscription>(new Subscription { Id = id }, SyncOperation.Update), null, null, new AgreementKey(1, 1), payload, json, SubscriptionLinkState.Hash(json), null);
    }
}
