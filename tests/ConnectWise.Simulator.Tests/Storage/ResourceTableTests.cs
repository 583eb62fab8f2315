using System.Text.Json.Nodes;
using ConnectWise.Simulator.Storage;

namespace ConnectWise.Simulator.Tests.Storage;

/// <summary>
/// The default row and the row by identifier answered from the table's indexes: the same answers as reading every row
/// in id order, after any write.
/// </summary>
[TestClass]
public sealed class ResourceTableTests
{
    [TestMethod]
    public void FirstDefault_DefaultsSetClearedAndRemoved_IsTheLowestIdStillDefault()
    {
        var table = new ResourceTable("identifier");
        table.Set(1, Row("A", isDefault: false));
        Assert.IsNull(table.FirstDefault(), "no row is the default yet");

        table.Set(3, Row("C", isDefault: true));
        table.Set(2, Row("B", isDefault: true));
        Assert.AreEqual("B", Identifier(table.FirstDefault()));

        table.Set(2, Row("B", isDefault: false));
        Assert.AreEqual("C", Identifier(table.FirstDefault()), "a replaced row that is no longer the default is forgotten");

        table.Remove(3);
        Assert.IsNull(table.FirstDefault(), "a removed default is forgotten");

        table.Set(4, Row("D", isDefault: true));
        table.Clear();
        Assert.IsNull(table.FirstDefault());
    }

    [TestMethod]
    public void FirstDefault_FlagNotTrueJson_IsNotTheDefault()
    {
        var table = new ResourceTable(null);
        table.Set(1, new JsonObject { ["identifier"] = "A", ["defaultFlag"] = "true" });

        Assert.IsNull(table.FirstDefault(), "a string \"true\" is not the JSON true ConnectWise's flag is");
    }

    [TestMethod]
    public void FirstWithText_TheNaturalKeyInOtherCase_IsTheLowestIdWithIt()
    {
        var table = new ResourceTable("identifier");
        table.Set(5, Row("ACME", isDefault: false, name: "second"));
        table.Set(2, Row("acme", isDefault: false, name: "first"));
        table.Set(7, Row("BETA", isDefault: false));

        Assert.AreEqual("first", (string?)table.FirstWithText("identifier", "Acme")?["name"]);

        table.Set(2, Row("GAMMA", isDefault: false, name: "first"));
        Assert.AreEqual("second", (string?)table.FirstWithText("identifier", "ACME")?["name"], "a key changed away no longer finds the row");
        Assert.IsNull(table.FirstWithText("identifier", "DELTA"));
    }

    [TestMethod]
    public void FirstWithText_AFieldOtherThanTheKey_IsFoundByReadingTheRows()
    {
        var table = new ResourceTable(naturalKey: null);
        table.Set(4, Row("X", isDefault: false, name: "Acme Ltd"));
        table.Set(9, Row("Y", isDefault: false, name: "ACME LTD"));

        Assert.AreEqual("X", Identifier(table.FirstWithText("name", "acme ltd")));
        Assert.AreEqual("Y", Identifier(table.FirstWithText("identifier", "y")), "a table without a key index reads its rows");
    }

    [TestMethod]
    public void FirstWithText_AValueThatIsNotText_IsNotFound()
    {
        var table = new ResourceTable("identifier");
        table.Set(1, new JsonObject { ["identifier"] = 42 });

        Assert.IsNull(table.FirstWithText("identifier", "42"), "a number is not the identifier text a reference names");
    }

    private static JsonObject Row(string identifier, bool isDefault, string name = "Company") =>
        new() { ["identifier"] = identifier, ["name"] = name, ["defaultFlag"] = isDefault };

    private static string? Identifier(JsonObject? row) => (string?)row?["identifier"];
}
