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
    [DataRow("connectwisewins", SubscriptionDriftPolicy.ConnectWiseWins)]
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
        Assert.Contains("BssWins, ReportOnly or ConnectWiseWins", error.Message);
    }

    [TestMethod]
    public void Catalog_DriftPolicy_IsAnOptionalEnumerationDefaultingToBssWins()
    {
        var definition = ServerVariableCatalog.Find(ServerVariableCatalog.SubscriptionDriftPolicy.Name)!;

        Assert.IsFalse(definition.Required);
        Assert.AreEqual("BssWins", definition.DefaultValue);
        CollectionAssert.AreEqual(new[] { "BssWins", "ReportOnly", "ConnectWiseWins" }, definition.AllowedValues.ToArray());
    }

    [TestMethod]
    public void Parse_FieldsFromConnectWiseNotSet_DefaultsToSeatsOnly()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.SubscriptionDriftPolicy.Name] = "ConnectWiseWins";

        var settings = TestSettings.Parse(variables);

        Assert.AreEqual(ConnectWiseSubscriptionFields.Seats, settings.SubscriptionFieldsFromConnectWise);
    }

    [TestMethod]
    public void Validate_FieldsFromConnectWiseUnknown_NamesTheVariableAndTheChoices()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.SubscriptionFieldsFromConnectWise.Name] = "Everything";

        var error = ConnectWiseSettingsParser.Validate(variables).Single();

        Assert.AreEqual(ServerVariableCatalog.SubscriptionFieldsFromConnectWise.Name, error.Variable);
        Assert.Contains("Seats or SeatsPriceAndCost", error.Message);
    }
}
