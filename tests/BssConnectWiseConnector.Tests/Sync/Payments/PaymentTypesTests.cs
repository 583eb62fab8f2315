using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Payments;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Payments;

[TestClass]
public sealed class PaymentTypesTests
{
    private static ConnectWiseSettings Settings(string? card, string? bank)
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.CreditCardMethodId.Name] = card;
        variables[ServerVariableCatalog.BankDepositMethodId.Name] = bank;
        return TestSettings.Parse(variables);
    }

    [TestMethod]
    [DataRow("card", "CreditCard")]
    [DataRow(" CARD ", "CreditCard")]
    [DataRow("bank", "BankDeposit")]
    public void Resolve_ConfiguredMethod_GivesItsType(string method, string type)
    {
        Assert.AreEqual(type, PaymentTypes.Resolve(Settings("card", "bank"), method).Type);
    }

    [TestMethod]
    public void Resolve_OtherMethod_ProblemNamesTheMethodAndBothSettings()
    {
        var (type, problem) = PaymentTypes.Resolve(Settings("card", null), "paypal");

        Assert.IsNull(type);
        Assert.Contains("'paypal'", problem!);
        Assert.Contains("'card'", problem!);
        Assert.Contains("not set", problem!);
    }
}
