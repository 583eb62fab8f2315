using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Subscriptions;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Sync.Subscriptions;

[TestClass]
public sealed class DriftCheckTests
{
    private static readonly JObject Pushed = JObject.Parse("""{"quantity":10.0,"unitPrice":5.0,"unitCost":2.5}""");

    [TestMethod]
    public void Compare_HandEditedQuantity_IsDriftWithAllThreeValues()
    {
        var drift = DriftCheck.Compare(new Addition { Quantity = 14, UnitPrice = 5, UnitCost = 2.5m }, Pushed, JObject.Parse("""{"quantity":11,"unitPrice":5,"unitCost":2.5}"""));

        var quantity = drift.Single();
        Assert.AreEqual("quantity", quantity.Field);
        Assert.AreEqual(14m, quantity.InConnectWise);
        Assert.AreEqual(10m, quantity.LastPushed);
        Assert.AreEqual(11m, quantity.InBss);
        Assert.AreEqual("quantity 14 in ConnectWise (last pushed 10, BSS 11)", DriftCheck.Describe(drift));
    }

    [TestMethod]
    public void Compare_ConnectWiseAlreadyHoldsTheBssValue_IsNoDrift()
    {
        var drift = DriftCheck.Compare(new Addition { Quantity = 11, UnitPrice = 5, UnitCost = 2.5m }, Pushed, JObject.Parse("""{"quantity":11,"unitPrice":5,"unitCost":2.5}"""));

        Assert.IsEmpty(drift);
    }

    [TestMethod]
    public void Compare_PriceRemovedByHand_IsDrift()
    {
        var drift = DriftCheck.Compare(new Addition { Quantity = 10, UnitCost = 2.5m }, Pushed, Pushed);

        Assert.AreEqual("unitPrice", drift.Single().Field);
        Assert.IsNull(drift.Single().InConnectWise);
    }
}
