using Bss.IntegrationFramework;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Subscriptions;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

/// <summary>The billing rule priceFrom: how it is resolved, what the payload carries, and which fields an existing addition keeps.</summary>
[TestClass]
public sealed class PriceOwnershipTests
{
    private static readonly AdditionMapper Mapper = new(MapperFactory.Create(null, NullLoggerFactory.Instance));

    [TestMethod]
    public void Payload_GoldenSubscriptionPricedInConnectWise_GivesTheGoldenPayloadJson()
    {
        var subscription = Golden.ReadBss<Subscription>("Mapping", "subscription-price-from-connectwise.bss.json");
        var expected = JsonConvert.DeserializeObject<JObject>(Golden.Read("Mapping", "subscription-price-from-connectwise.payload.json"), ConnectWiseJson.Settings)!;

        var actual = Payload(subscription, null);

        Assert.IsTrue(JToken.DeepEquals(Golden.Numbers(SubscriptionLinkState.Canonical(expected)), Golden.Numbers(actual)), $"Expected {expected}\nActual {actual}");
        Assert.HasCount(2, PriceOwnership.Kept(actual));
    }

    [TestMethod]
    public void Payload_PriceFromAbsentOrBss_SameJsonAndHashAsBeforeTheRule()
    {
        var subscription = Golden.ReadBss<Subscription>("Mapping", "subscription-full.bss.json");
        var addition = Mapper.Map(subscription, new SubscriptionMappingContext(1, BillableOption.Billable, null));
        var before = SubscriptionLinkState.Canonical(new SubscriptionPayload(20, 1, addition, subscription.Id, AdditionMapper.NameOf(subscription)));

        var absent = Payload(subscription, null);
        var bss = Payload(subscription with { PriceFrom = "bss" }, null);

        Assert.IsNull(absent[PriceOwnership.Property]);
        Assert.AreEqual(SubscriptionLinkState.Hash(before), SubscriptionLinkState.Hash(absent));
        Assert.AreEqual(SubscriptionLinkState.Hash(before), SubscriptionLinkState.Hash(bss));
        Assert.IsEmpty(PriceOwnership.Kept(absent));
    }

    [TestMethod]
    public void Resolve_SubscriptionOverridesTheProduct_SubscriptionWins()
    {
        var product = new Product { Id = "P1", PriceFrom = "ConnectWise" };

        var (own, _) = BillingRules.Resolve(new Subscription { Id = "S1", PriceFrom = "Bss" }, product, BillableOption.Billable);
        var (inherited, _) = BillingRules.Resolve(new Subscription { Id = "S2" }, product, BillableOption.Billable);
        var (none, _) = BillingRules.Resolve(new Subscription { Id = "S3" }, null, BillableOption.Billable);

        Assert.AreEqual((PriceSource.Bss, PriceSource.ConnectWise, PriceSource.Bss), (own!.PriceFrom, inherited!.PriceFrom, none!.PriceFrom));
    }

    [TestMethod]
    [DataRow("Sometimes")]
    [DataRow("1")]
    public void Resolve_UnknownPriceFrom_ProblemNamesTheValueAndTheField(string value)
    {
        var (rules, problems) = BillingRules.Resolve(new Subscription { Id = "S1", PriceFrom = value }, null, BillableOption.Billable);

        Assert.IsNull(rules);
        Assert.AreEqual($"priceFrom '{value}' (subscription) is not Bss or ConnectWise.", problems.Single());
    }

    [TestMethod]
    public void Of_PricesKeptInConnectWise_LeavesUnitPriceAndUnitCostOut()
    {
        var desired = JObject.Parse("""{ "quantity": 10, "unitPrice": 5, "unitCost": 2, "lessIncluded": 3 }""");

        var fields = AdditionFields.Of(desired, PriceOwnership.Kept(PriceSource.ConnectWise));

        CollectionAssert.DoesNotContain(fields.ToArray(), "unitPrice");
        CollectionAssert.DoesNotContain(fields.ToArray(), "unitCost");
        CollectionAssert.Contains(fields.ToArray(), "lessIncluded");
        CollectionAssert.Contains(AdditionFields.Of(desired).ToArray(), "unitPrice");
    }

    [TestMethod]
    public void Agreed_PricesKeptInConnectWise_TheLinkHoldsConnectWisesPrice()
    {
        var payload = JObject.Parse("""{ "addition": { "quantity": 10, "unitPrice": 5, "unitCost": 2 }, "priceFrom": "ConnectWise" }""");

        var agreed = PriceOwnership.Agreed(payload, new Addition { Quantity = 12, UnitPrice = 7, UnitCost = 3 });

        Assert.AreEqual((10m, 7m, 3m), ((decimal)agreed["addition"]!["quantity"]!, (decimal)agreed["addition"]!["unitPrice"]!, (decimal)agreed["addition"]!["unitCost"]!));
        Assert.AreEqual(5m, (decimal)payload["addition"]!["unitPrice"]!, "the plan is not changed");
    }

    private static JObject Payload(Subscription subscription, Product? product)
    {
        var (rules, problems) = BillingRules.Resolve(subscription, product, BillableOption.Billable);
        Assert.IsEmpty(problems);
        var addition = Mapper.Map(subscription, new SubscriptionMappingContext(1, rules!.BillCustomer, null, rules.LessIncluded, rules.Taxable, rules.InvoiceDescription, rules.PriceFrom));
        return SubscriptionLinkState.Canonical(new SubscriptionPayload(20, 1, addition, subscription.Id, AdditionMapper.NameOf(subscription), PriceOwnership.Mark(rules.PriceFrom)));
    }
}
