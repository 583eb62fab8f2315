using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Subscriptions;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Mapping;

[TestClass]
public sealed class AdditionMapperTests
{
    private static readonly AdditionMapper Mapper = new(MapperFactory.Create(null, NullLoggerFactory.Instance));

    [TestMethod]
    [DataRow("subscription-full", 1, BillableOption.Billable)]
    [DataRow("subscription-cancelled", 2, BillableOption.NoCharge)]
    public void Map_GoldenSubscription_GivesTheGoldenAdditionJson(string name, int catalogItemId, BillableOption billable)
    {
        var subscription = Golden.ReadBss<Subscription>("Mapping", name + ".bss.json");
        var expected = JsonConvert.DeserializeObject<JObject>(Golden.Read("Mapping", name + ".addition.json"), ConnectWiseJson.Settings)!;

        var addition = Mapper.Map(subscription, new SubscriptionMappingContext(catalogItemId, billable, subscription.CancelledDate));

        var actual = Golden.Numbers(SubscriptionLinkState.Canonical(addition));
        Assert.IsTrue(JToken.DeepEquals(Golden.Numbers(SubscriptionLinkState.Canonical(expected)), actual), $"Expected {expected}\nActual {actual}");
    }

    [TestMethod]
    public void Map_SameSubscriptionTwice_GivesTheSameHash()
    {
        var subscription = Golden.ReadBss<Subscription>("Mapping", "subscription-full.bss.json");
        var context = new SubscriptionMappingContext(1, BillableOption.Billable, null);

        Assert.AreEqual(Hash(subscription, context), Hash(subscription, context));
        Assert.AreNotEqual(Hash(subscription, context), Hash(subscription with { Quantity = 43 }, context));
    }

    [TestMethod]
    [DataRow(SubscriptionStatus.Cancelled, null, true)]
    [DataRow(SubscriptionStatus.Active, "2026-06-30", true)]
    [DataRow(SubscriptionStatus.Suspended, null, false)]
    [DataRow(SubscriptionStatus.Active, null, false)]
    public void IsCancelled_StatusAndDate_CancelledWhenEitherSaysSo(SubscriptionStatus status, string? cancelledDate, bool expected)
    {
        var subscription = new Subscription { Id = "S1", Status = status, CancelledDate = cancelledDate is null ? null : DateOnly.Parse(cancelledDate, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.AreEqual(expected, AdditionMapper.IsCancelled(subscription));
    }

    [TestMethod]
    public void NameOf_VeryLongName_CutToTheInvoiceDescriptionLimit()
    {
        var name = AdditionMapper.NameOf(new Subscription { Id = "S1", Name = new string('x', 7000) });

        Assert.HasCount(AdditionMapper.InvoiceDescriptionMaxLength, name);
    }

    private static string Hash(Subscription subscription, SubscriptionMappingContext context) =>
        SubscriptionLinkState.Hash(SubscriptionLinkState.Canonical(Mapper.Map(subscription, context)));
}
