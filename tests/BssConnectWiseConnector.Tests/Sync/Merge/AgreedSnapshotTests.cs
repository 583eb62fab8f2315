using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Merge;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Sync.Merge;

[TestClass]
public sealed class AgreedSnapshotTests
{
    private static readonly IReadOnlyList<string> Fields = ["name", "status", "types", "city", "zip", "website"];

    [TestMethod]
    public void Json_SomeFieldsOfACompany_GivesThoseWithAValueInTheModelsOrder()
    {
        var json = AgreedSnapshot.Json(Company(), new HashSet<string>(Fields, StringComparer.Ordinal));

        Assert.AreEqual(
            """{"name":"Acme \"Ltd\" <&> é","status":{"id":1,"name":"Active"},"types":[{"id":2,"name":"Customer"},{"id":5,"name":"Partner"}],"city":"Leeds"}""",
            json.ToString(Formatting.None));
    }

    [TestMethod]
    public void Json_SomeFieldsOfACompany_GivesTheSameTokensAsTheWholeRecordHas()
    {
        var company = Company();
        var whole = AgreedSnapshot.Json(company);

        var some = AgreedSnapshot.Json(company, new HashSet<string>(Fields, StringComparer.Ordinal));

        foreach (var property in some.Properties())
        {
            Assert.IsTrue(JToken.DeepEquals(whole[property.Name], property.Value), property.Name);
        }
    }

    [TestMethod]
    public void Build_NoLastSnapshot_WritesEveryFieldSortedWithNestedNamesSorted()
    {
        var remote = JObject.Parse("""{"website":null,"name":"Acme","status":{"name":"Active","id":1},"types":[{"name":"Customer","id":2}],"city":"Leeds"}""");

        var text = AgreedSnapshot.Build(null, remote, Fields, new HashSet<string>(StringComparer.Ordinal));

        Assert.AreEqual("""{"city":"Leeds","name":"Acme","status":{"id":1,"name":"Active"},"types":[{"id":2,"name":"Customer"}]}""", text);
    }

    [TestMethod]
    public void Build_LastSnapshot_TakesConnectWiseValuesOfTheChangedFieldsOnly()
    {
        var last = JObject.Parse("""{"city":"York","name":"Old name","zip":"YO1"}""");
        var remote = JObject.Parse("""{"city":"Leeds","name":"New name","status":{"name":"Active","id":1}}""");

        var text = AgreedSnapshot.Build(last, remote, Fields, new HashSet<string>(["city", "status", "zip"], StringComparer.Ordinal));

        Assert.AreEqual("""{"city":"Leeds","name":"Old name","status":{"id":1,"name":"Active"}}""", text);
    }

    private static Company Company() => new()
    {
        Id = 7,
        Identifier = "ACME",
        Name = "Acme \"Ltd\" <&> é",
        Status = new Reference(1) { Name = "Active" },
        Types = [new Reference(2) { Name = "Customer" }, new Reference(5) { Name = "Partner" }],
        City = "Leeds",
        Zip = null,
        Info = new Dictionary<string, string?> { ["lastUpdated"] = "2026-12-03T07:43:34Z" },
    };
}
