using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Settings;

[TestClass]
public sealed class ConnectWiseSettingsParserTests
{
    [TestMethod]
    public void Parse_ValidVariables_ReturnsSettingsWithApiHostAndDefaults()
    {
        var settings = ConnectWiseSettingsParser.Parse(TestSettings.Variables(), allowLoopbackHttp: true, out var errors);

        Assert.IsEmpty(errors);
        Assert.IsNotNull(settings);
        Assert.AreEqual(new Uri("https://api-na.myconnectwise.net/"), settings.Site.SiteUrl);
        Assert.AreEqual("acme", settings.CompanyId);
        Assert.AreEqual(Guid.Parse(TestSettings.ClientId), settings.ClientId);
        Assert.AreEqual(1, settings.ImportAccountStatusId);
        Assert.AreEqual(BillableOption.Billable, settings.ProductBillableOption);
        Assert.IsNull(settings.ProductCategoryId);
    }

    [TestMethod]
    public void Parse_EveryVariableWrong_ReportsEveryProblemAtOnce()
    {
        var variables = new Dictionary<string, string?>
        {
            [ServerVariableNames.ConnectWiseUrl] = "http://na.myconnectwise.net",
            [ServerVariableNames.CompanyId] = "acme+corp",
            [ServerVariableNames.PublicKey] = "",
            [ServerVariableNames.PrivateKey] = null,
            [ServerVariableNames.ClientId] = "not-a-guid",
            [ServerVariableNames.ImportAccountStatusId] = "Active",
            [ServerVariableNames.ProductCategoryId] = "-3",
            [ServerVariableNames.ProductSubCategoryId] = "1.5",
            [ServerVariableNames.ProductUnitOfMeasureId] = "abc",
            [ServerVariableNames.ProductBillableOption] = "Sometimes",
            [ServerVariableNames.SalesRepresentativeId] = "0",
            [ServerVariableNames.CreditCardMethodId] = "7",
            [ServerVariableNames.BankDepositMethodId] = "7",
        };

        var settings = ConnectWiseSettingsParser.Parse(variables, allowLoopbackHttp: true, out var errors);

        Assert.IsNull(settings);
        var named = errors.Select(e => e.Variable).ToHashSet();
        CollectionAssert.AreEquivalent(
            new[]
            {
                ServerVariableNames.ConnectWiseUrl, ServerVariableNames.CompanyId, ServerVariableNames.PublicKey, ServerVariableNames.PrivateKey,
                ServerVariableNames.ClientId, ServerVariableNames.ImportAccountStatusId, ServerVariableNames.ProductCategoryId,
                ServerVariableNames.ProductSubCategoryId, ServerVariableNames.ProductUnitOfMeasureId, ServerVariableNames.ProductBillableOption,
                ServerVariableNames.SalesRepresentativeId, ServerVariableNames.BankDepositMethodId,
            },
            named.ToArray());
        Assert.HasCount(named.Count, errors, "one error per variable");
    }

    [TestMethod]
    [DataRow(ServerVariableNames.ConnectWiseUrl, "", "is required")]
    [DataRow(ServerVariableNames.ConnectWiseUrl, "http://example.com", "https")]
    [DataRow(ServerVariableNames.ConnectWiseUrl, "ftp://na.myconnectwise.net", "scheme")]
    [DataRow(ServerVariableNames.ConnectWiseUrl, "https://na.myconnectwise.net/some/page", "not a ConnectWise API path")]
    [DataRow(ServerVariableNames.CompanyId, " ", "is required")]
    [DataRow(ServerVariableNames.CompanyId, "a:b", "must not contain")]
    [DataRow(ServerVariableNames.PublicKey, "", "is required")]
    [DataRow(ServerVariableNames.PrivateKey, "", "is required")]
    [DataRow(ServerVariableNames.ClientId, "", "is required")]
    [DataRow(ServerVariableNames.ClientId, "00000000-0000-0000-0000-000000000000", "not a GUID")]
    [DataRow(ServerVariableNames.ImportAccountStatusId, "", "is required")]
    [DataRow(ServerVariableNames.ImportAccountStatusId, "x1", "not a ConnectWise id")]
    [DataRow(ServerVariableNames.ProductBillableOption, "1", "not a billable option")]
    public void Parse_OneVariableWrong_NamesThatVariableAndTheProblem(string variable, string value, string expected)
    {
        var variables = TestSettings.Variables();
        variables[variable] = value;

        ConnectWiseSettingsParser.Parse(variables, allowLoopbackHttp: true, out var errors);

        Assert.HasCount(1, errors);
        Assert.AreEqual(variable, errors[0].Variable);
        Assert.Contains(expected, errors[0].Message);
    }

    [TestMethod]
    public void Parse_WrongClientIdOrKeys_NeverEchoesTheSecret()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableNames.ClientId] = "secret-client-value";

        ConnectWiseSettingsParser.Parse(variables, allowLoopbackHttp: true, out var errors);

        Assert.IsFalse(errors.Any(e => e.Message.Contains("secret-client-value", StringComparison.Ordinal)));
        Assert.IsFalse(errors.Any(e => e.Message.Contains(TestSettings.PrivateKey, StringComparison.Ordinal)));
    }

    [TestMethod]
    [DataRow("DoNotBill", BillableOption.DoNotBill)]
    [DataRow("nocharge", BillableOption.NoCharge)]
    [DataRow("", BillableOption.Billable)]
    public void Parse_BillableOption_AcceptsTheThreeValuesIgnoringCase(string value, BillableOption expected)
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableNames.ProductBillableOption] = value;

        Assert.AreEqual(expected, TestSettings.Parse(variables).ProductBillableOption);
    }

    [TestMethod]
    public void Validate_MatchesTheManifestDeclaration_EveryRequiredVariableIsChecked()
    {
        var required = ServerVariableCatalog.All.Where(d => d.Required).Select(d => d.Name).ToArray();

        var errors = ConnectWiseSettingsParser.Validate(new Dictionary<string, string?>());

        CollectionAssert.AreEquivalent(required, errors.Select(e => e.Variable).ToArray());
    }
}
