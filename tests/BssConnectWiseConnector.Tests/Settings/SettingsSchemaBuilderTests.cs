using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Tests.TestSupport;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BssConnectWiseConnector.Tests.Settings;

[TestClass]
public sealed class SettingsSchemaBuilderTests
{
    private static string SchemaPath => Path.Combine(RepositoryPaths.Root, "schemas", "connectwise-instance-settings.schema.json");

    [TestMethod]
    public void Build_CommittedSchema_MatchesTheCatalogs()
    {
        var generated = SettingsSchemaBuilder.Build();
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMAS") == "1")
        {
            File.WriteAllText(SchemaPath, generated.ToString(Formatting.Indented) + "\n");
        }

        var committed = JObject.Parse(File.ReadAllText(SchemaPath));

        Assert.IsTrue(JToken.DeepEquals(generated, committed), "schemas/connectwise-instance-settings.schema.json is stale; run: UPDATE_SCHEMAS=1 dotnet test tests/BssConnectWiseConnector.Tests --filter SettingsSchemaBuilderTests");
    }

    [TestMethod]
    public void Build_SecretsAndRequiredVariables_AreMarked()
    {
        var schema = SettingsSchemaBuilder.Build();
        var variables = (JObject)schema["properties"]!["serverVariables"]!;

        Assert.IsTrue(variables["properties"]![ServerVariableCatalog.PrivateKey.Name]!["writeOnly"]!.Value<bool>());
        Assert.IsNull(variables["properties"]![ServerVariableCatalog.CompanyId.Name]!["writeOnly"]);
        CollectionAssert.Contains(variables["required"]!.Values<string>().ToArray(), ServerVariableCatalog.ImportAccountStatusId.Name);
        CollectionAssert.AreEqual(new[] { "Billable", "DoNotBill", "NoCharge" }, variables["properties"]![ServerVariableCatalog.ProductBillableOption.Name]!["enum"]!.Values<string>().ToArray());
    }
}
