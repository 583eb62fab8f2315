using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Settings;

[TestClass]
public sealed class PaymentTypeSettingTests
{
    [TestMethod]
    public void Parse_NotSet_DefaultsToTheValuesEarlierVersionsSent()
    {
        var settings = TestSettings.Parse();

        Assert.AreEqual("CreditCard", settings.CreditCardPaymentType);
        Assert.AreEqual("BankDeposit", settings.BankDepositPaymentType);
    }

    [TestMethod]
    public void Parse_Set_TakesTheTrimmedValues()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.CreditCardPaymentType.Name] = " Payment ";
        variables[ServerVariableCatalog.BankDepositPaymentType.Name] = "Deposit";

        var settings = TestSettings.Parse(variables);

        Assert.AreEqual("Payment", settings.CreditCardPaymentType);
        Assert.AreEqual("Deposit", settings.BankDepositPaymentType);
    }

    [TestMethod]
    public void Validate_TooLongValue_NamesTheVariable()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.BankDepositPaymentType.Name] = new string('x', 51);

        var errors = ConnectWiseSettingsParser.Validate(variables);

        Assert.AreEqual(ServerVariableCatalog.BankDepositPaymentType.Name, errors.Single().Variable);
    }

    [TestMethod]
    public void Catalog_PaymentTypes_AreOptionalPaymentsVariablesWithTheirDefaults()
    {
        var card = ServerVariableCatalog.Find(ServerVariableCatalog.CreditCardPaymentType.Name)!;
        var bank = ServerVariableCatalog.Find(ServerVariableCatalog.BankDepositPaymentType.Name)!;

        Assert.AreEqual("Credit card payment type", card.DisplayName);
        Assert.AreEqual("Bank deposit payment type", bank.DisplayName);
        Assert.AreEqual("CreditCard", card.DefaultValue);
        Assert.AreEqual("BankDeposit", bank.DefaultValue);
        Assert.IsFalse(card.Required || bank.Required);
    }
}
