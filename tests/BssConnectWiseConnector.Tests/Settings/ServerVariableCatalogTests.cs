using System.Reflection;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Settings;

[TestClass]
public sealed class ServerVariableCatalogTests
{
    [TestMethod]
    public void All_EveryDeclaredVariable_IsListedOnceUnderAUniqueName()
    {
        var declared = typeof(ServerVariableCatalog)
            .GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => typeof(ServerVariable).IsAssignableFrom(p.PropertyType))
            .Select(p => (ServerVariable)p.GetValue(null)!)
            .ToArray();

        CollectionAssert.AreEquivalent(declared, ServerVariableCatalog.All.ToArray());
        Assert.HasCount(ServerVariableCatalog.All.Count, ServerVariableCatalog.All.Select(v => v.Name).Distinct(StringComparer.Ordinal));
    }

    [TestMethod]
    public void Definitions_EachVariable_IsWhatTheManifestShows()
    {
        using var connector = new ConnectWiseConnector();
        var manifest = connector.Manifest;

        CollectionAssert.AreEqual(ServerVariableCatalog.All.Select(v => v.Definition).ToArray(), manifest.ServerVariables.ToArray());
    }

    [TestMethod]
    public void Show_EveryNonSecretVariable_ReadsBackTheSettingItsTextFilled()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.ProductCategoryId.Name] = "12";
        variables[ServerVariableCatalog.ProductSubCategoryId.Name] = "13";
        variables[ServerVariableCatalog.ProductUnitOfMeasureId.Name] = "14";
        variables[ServerVariableCatalog.SalesRepresentativeId.Name] = "15";
        variables[ServerVariableCatalog.CreditCardMethodId.Name] = "card";
        variables[ServerVariableCatalog.BankDepositMethodId.Name] = "bank";
        variables[ServerVariableCatalog.ProductBillableOption.Name] = "NoCharge";
        variables[ServerVariableCatalog.CreditCardPaymentType.Name] = "Visa";
        variables[ServerVariableCatalog.BankDepositPaymentType.Name] = "Wire";
        variables[ServerVariableCatalog.SubscriptionDriftPolicy.Name] = "ConnectWiseWins";
        variables[ServerVariableCatalog.SubscriptionFieldsFromConnectWise.Name] = "SeatsPriceAndCost";
        variables[ServerVariableCatalog.AccountFieldOwnership.Name] = "Identity=Bss; Billing=Bss; Communication=ConnectWise; Address=Report";
        variables[ServerVariableCatalog.ContactFieldOwnership.Name] = "Identity=Report; Communication=Bss";
        variables[ServerVariableCatalog.ProductFieldOwnership.Name] = "Identity=Bss; Billing=Newest; Description=Report";
        variables[ServerVariableCatalog.RequestsPerMinute.Name] = "1200";
        variables[ServerVariableCatalog.CompanyId.Name] = "acme2";
        variables[ServerVariableCatalog.PublicKey.Name] = "pub2";
        var settings = TestSettings.Parse(variables);

        foreach (var variable in ServerVariableCatalog.All.Where(v => !v.Secret && v != ServerVariableCatalog.ConnectWiseUrl))
        {
            Assert.AreEqual(variables[variable.Name], variable.Show(settings), variable.Name);
        }

        Assert.AreEqual("https://api-na.myconnectwise.net/", ServerVariableCatalog.ConnectWiseUrl.Show(settings));
    }

    [TestMethod]
    public void Show_SecretVariables_NeverShowTheValue()
    {
        var settings = TestSettings.Parse();

        foreach (var variable in ServerVariableCatalog.All.Where(v => v.Secret))
        {
            Assert.IsNull(variable.Show(settings), variable.Name);
        }

        Assert.IsTrue(ServerVariableCatalog.PrivateKey.Secret);
        Assert.IsTrue(ServerVariableCatalog.ClientId.Secret);
    }

    [TestMethod]
    public void Parse_OptionalEnumerationUnset_TakesTheDeclaredDefault()
    {
        var settings = TestSettings.Parse();

        Assert.AreEqual(ServerVariableCatalog.ProductBillableOption.DefaultValue, settings.ProductBillableOption.ToString());
        Assert.AreEqual(ServerVariableCatalog.SubscriptionDriftPolicy.DefaultValue, settings.SubscriptionDriftPolicy.ToString());
    }
}
