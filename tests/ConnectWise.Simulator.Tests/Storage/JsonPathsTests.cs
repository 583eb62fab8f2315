using System.Text.Json.Nodes;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Tests.Storage;

[TestClass]
public sealed class JsonPathsTests
{
    private static readonly JsonObject Company = JsonNode.Parse("""
        {
          "id": 7,
          "name": "Contoso",
          "status": { "id": 1, "name": "Active" },
          "phoneNumber": "555",
          "integratorTags": ["a", "b"],
          "communicationItems": [ { "value": "x@contoso.example" }, { "value": "y@contoso.example" }, "not an object" ],
          "sites": [ { "tags": ["s1", "s2"] } ],
          "_info": { "lastUpdated": "2026-12-03T15:21:15Z" }
        }
        """)!.AsObject();

    [TestMethod]
    [DataRow("status/name", "[\"Active\"]", DisplayName = "objects only: the one value")]
    [DataRow("STATUS/Name", "[\"Active\"]", DisplayName = "names matched case-insensitively")]
    [DataRow("phoneNumber/area", "[null]", DisplayName = "through a plain value: null")]
    [DataRow("missing/name", "[null]", DisplayName = "through an absent field: null")]
    [DataRow("lastUpdated", "[\"2026-12-03T15:21:15Z\"]", DisplayName = "an _info alias at the top level")]
    [DataRow("_info/lastUpdated", "[\"2026-12-03T15:21:15Z\"]", DisplayName = "the _info path itself")]
    [DataRow("integratorTags", "[\"a\",\"b\"]", DisplayName = "ending on an array: each element")]
    [DataRow("communicationItems/value", "[\"x@contoso.example\",\"y@contoso.example\"]", DisplayName = "through an array: one value per object element")]
    [DataRow("sites/tags", "[\"s1\",\"s2\"]", DisplayName = "through an array onto arrays: their elements")]
    public void GetAll_Path_ReturnsTheValuesAConditionCompares(string path, string expected)
    {
        for (var pass = 0; pass < 2; pass++)
        {
            // Twice: the second read takes the path's kept split.
            var values = JsonPaths.GetAll(Company, path);

            Assert.AreEqual(expected, new JsonArray([.. values.Select(v => v?.DeepClone())]).ToJsonString(), $"pass {pass}");
        }
    }

    [TestMethod]
    public void GetAll_AliasOnARecordWithTheFieldItself_ReadsTheRecordsOwnFieldElseInfos()
    {
        var own = JsonNode.Parse("""{ "lastUpdated": "own", "_info": { "lastUpdated": "info" } }""")!.AsObject();
        var infoOnly = JsonNode.Parse("""{ "_info": { "lastUpdated": "info" } }""")!.AsObject();

        Assert.AreEqual("own", JsonPaths.GetAll(own, "lastUpdated").Single()!.GetValue<string>());
        Assert.AreEqual("info", JsonPaths.GetAll(infoOnly, "lastUpdated").Single()!.GetValue<string>());
        Assert.AreEqual("own", JsonPaths.GetAll(own, "lastUpdated").Single()!.GetValue<string>(), "the kept _info path does not stick to the alias");
    }
}
