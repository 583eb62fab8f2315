using BssConnectWiseConnector.Sync;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Sync;

[TestClass]
public sealed class PatchDiffTests
{
    private static readonly string[] Managed = ["name", "status", "website", "phoneNumber", "types"];

    [TestMethod]
    public void Compute_ChangedFieldsOnly_ArePatched()
    {
        var before = JObject.Parse("""{"name":"A","status":{"id":1,"name":"Active","_info":{}},"website":"a.example","market":{"id":9}}""");
        var after = JObject.Parse("""{"name":"B","status":{"id":1},"website":"a.example"}""");

        var (operations, changes) = PatchDiff.Compute(before, after, Managed.Where(m => m != "types").ToArray());

        Assert.HasCount(1, operations);
        Assert.AreEqual("name", operations[0].Path);
        Assert.AreEqual("replace", operations[0].Op);
        Assert.AreEqual("A", changes[0].OldValue);
        Assert.AreEqual("B", changes[0].NewValue);
    }

    [TestMethod]
    public void Compute_ManagedFieldEmptied_IsClearedButUnmanagedFieldsAreLeftAlone()
    {
        var before = JObject.Parse("""{"name":"A","phoneNumber":"123","market":{"id":9}}""");
        var after = JObject.Parse("""{"name":"A"}""");

        var (operations, _) = PatchDiff.Compute(before, after, Managed);

        Assert.HasCount(1, operations);
        Assert.AreEqual("phoneNumber", operations[0].Path);
        Assert.IsNull(operations[0].Value);
    }

    [TestMethod]
    public void Compute_NothingKnownBefore_SendsEveryManagedFieldWithAValue()
    {
        var after = JObject.Parse("""{"name":"A","status":{"id":1}}""");

        var (operations, _) = PatchDiff.Compute(null, after, Managed);

        CollectionAssert.AreEquivalent(new[] { "name", "status" }, operations.Select(o => o.Path).ToArray());
    }

    [TestMethod]
    public void Compute_NumbersOfDifferentJsonTypes_CompareByValue()
    {
        var before = JObject.Parse("""{"unitPrice":12}""");
        var after = JObject.Parse("""{"unitPrice":12.0}""");

        var (operations, _) = PatchDiff.Compute(before, after, ["unitPrice"]);

        Assert.IsEmpty(operations);
    }

    [TestMethod]
    public void Compute_ManagedFieldEmptied_IsARemoveThatCarriesNoValue()
    {
        var before = JObject.Parse("""{"name":"A","website":"a.example"}""");
        var after = JObject.Parse("""{"name":"A","website":null}""");

        var (operations, changes) = PatchDiff.Compute(before, after, Managed);

        Assert.AreEqual("remove", operations.Single().Op);
        Assert.AreEqual("website", operations.Single().Path);
        Assert.AreEqual("a.example", changes.Single().OldValue);
        var json = JArray.FromObject(operations, BssConnectWiseConnector.Http.ConnectWiseJson.Serializer).ToString(Newtonsoft.Json.Formatting.None);
        Assert.AreEqual("""[{"op":"remove","path":"website"}]""", json);
    }
}
