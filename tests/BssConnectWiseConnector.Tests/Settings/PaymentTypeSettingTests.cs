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
        variables[ServerVariableNames.CreditCardPaymentType] = " Payment ";
        variables[ServerVariableNames.BankDepositPaymentType] = "Deposit";

        var settings = TestSettings.Parse(variables);

        Assert.AreEqual("Payment", settings.CreditCardPaymentType);
        Assert.AreEqual("Deposit", settings.BankDepositPaymentType);
    }

    [TestMethod]
    public void Validate_TooLongValue_NamesTheVariable()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableNames.BankDepositPaymentType] = new string('x', 51);

        var errors = ConnectWiseSettingsParser.Validate(variables);

        Assert.AreEqual(ServerVariableNames.BankDepositPaymentType, errors.Single().Variable);
    }

    [TestMethod]
    public void Catalog_PaymentTypes_AreOptionalPaymentsVariablesWithTheirDefaults()
    {
        var card = ServerVariableCatalog.Find(ServerVariableNames.CreditCardPaymentType)!;
        var bank = ServerVariableCatalog.Find(ServerVariableNames.BankDepositPaymentType)!;

        Assert.AreEqual("Credit card payment type", card.DisplayName);
        Assert.AreEqual("Bank deposit payment type", bank.DisplayName);
        Assert.AreEqual("CreditCard", card.DefaultValue);
        Assert.AreEqual("BankDeposit", bank.DefaultValue);
        Assert.IsFalse(card.Required || bank.Required);
    }
}
