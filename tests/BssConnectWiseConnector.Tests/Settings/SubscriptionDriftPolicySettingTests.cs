using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Settings;

[TestClass]
public sealed class SubscriptionDriftPolicySettingTests
{
    [TestMethod]
    public void Parse_NotSet_DefaultsToBssWins()
    {
        Assert.AreEqual(SubscriptionDriftPolicy.BssWins, TestSettings.Parse().SubscriptionDriftPolicy);
    }

    [TestMethod]
    [DataRow("ReportOnly", SubscriptionDriftPolicy.ReportOnly)]
    [DataRow("reportonly", SubscriptionDriftPolicy.ReportOnly)]
    [DataRow("BssWins", SubscriptionDriftPolicy.BssWins)]
    public void Parse_KnownValue_GivesThePolicy(string value, SubscriptionDriftPolicy expected)
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.SubscriptionDriftPolicy.Name] = value;

        Assert.AreEqual(expected, TestSettings.Parse(variables).SubscriptionDriftPolicy);
    }

    [TestMethod]
    [DataRow("Sometimes")]
    [DataRow("1")]
    public void Validate_UnknownValue_NamesTheVariableAndTheValues(string value)
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.SubscriptionDriftPolicy.Name] = value;

        var error = ConnectWiseSettingsParser.Validate(variables).Single();

        Assert.AreEqual(ServerVariableCatalog.SubscriptionDriftPolicy.Name, error.Variable);
        Assert.Contains("BssWins or ReportOnly", error.Message);
    }

    [TestMethod]
    public void Catalog_DriftPolicy_IsAnOptionalEnumerationDefaultingToBssWins()
    {
        var definition = ServerVariableCatalog.Find(ServerVariableCatalog.SubscriptionDriftPolicy.Name)!;

        Assert.IsFalse(definition.Required);
        Assert.AreEqual("BssWins", definition.DefaultValue);
        Assert.HasCount(2, definition.AllowedValues);
    }
}
