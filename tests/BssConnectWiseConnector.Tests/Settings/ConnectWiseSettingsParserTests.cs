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
        Assert.IsNull(settings.RequestsPerMinute, "unset, the connector's own default applies");
    }

    [TestMethod]
    public void Parse_RequestsPerMinuteSet_KeepsTheLimit()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.RequestsPerMinute.Name] = " 1200 ";

        var settings = TestSettings.Parse(variables);

        Assert.AreEqual(1200, settings.RequestsPerMinute);
    }

    [TestMethod]
    public void Parse_EveryVariableWrong_ReportsEveryProblemAtOnce()
    {
        var variables = new Dictionary<string, string?>
        {
            [ServerVariableCatalog.ConnectWiseUrl.Name] = "http://na.myconnectwise.net",
            [ServerVariableCatalog.CompanyId.Name] = "acme+corp",
            [ServerVariableCatalog.PublicKey.Name] = "",
            [ServerVariableCatalog.PrivateKey.Name] = null,
            [ServerVariableCatalog.ClientId.Name] = "not-a-guid",
            [ServerVariableCatalog.ImportAccountStatusId.Name] = "Active",
            [ServerVariableCatalog.ProductCategoryId.Name] = "-3",
            [ServerVariableCatalog.ProductSubCategoryId.Name] = "1.5",
            [ServerVariableCatalog.ProductUnitOfMeasureId.Name] = "abc",
            [ServerVariableCatalog.ProductBillableOption.Name] = "Sometimes",
            [ServerVariableCatalog.SalesRepresentativeId.Name] = "0",
            [ServerVariableCatalog.CreditCardMethodId.Name] = "7",
            [ServerVariableCatalog.BankDepositMethodId.Name] = "7",
        };

        var settings = ConnectWiseSettingsParser.Parse(variables, allowLoopbackHttp: true, out var errors);

        Assert.IsNull(settings);
        var named = errors.Select(e => e.Variable).ToHashSet();
        CollectionAssert.AreEquivalent(
            new[]
            {
                ServerVariableCatalog.ConnectWiseUrl.Name, ServerVariableCatalog.CompanyId.Name, ServerVariableCatalog.PublicKey.Name, ServerVariableCatalog.PrivateKey.Name,
                ServerVariableCatalog.ClientId.Name, ServerVariableCatalog.ImportAccountStatusId.Name, ServerVariableCatalog.ProductCategoryId.Name,
                ServerVariableCatalog.ProductSubCategoryId.Name, ServerVariableCatalog.ProductUnitOfMeasureId.Name, ServerVariableCatalog.ProductBillableOption.Name,
                ServerVariableCatalog.SalesRepresentativeId.Name, ServerVariableCatalog.BankDepositMethodId.Name,
            },
            named.ToArray());
        Assert.HasCount(named.Count, errors, "one error per variable");
    }

    [TestMethod]
    [DataRow("ConnectWiseUrl", "", "is required")]
    [DataRow("ConnectWiseUrl", "http://example.com", "https")]
    [DataRow("ConnectWiseUrl", "ftp://na.myconnectwise.net", "scheme")]
    [DataRow("ConnectWiseUrl", "https://na.myconnectwise.net/some/page", "not a ConnectWise API path")]
    [DataRow("CompanyId", " ", "is required")]
    [DataRow("CompanyId", "a:b", "must not contain")]
    [DataRow("PublicKey", "", "is required")]
    [DataRow("PrivateKey", "", "is required")]
    [DataRow("ClientId", "", "is required")]
    [DataRow("ClientId", "00000000-0000-0000-0000-000000000000", "not a GUID")]
    [DataRow("ImportAccountStatusId", "", "is required")]
    [DataRow("ImportAccountStatusId", "x1", "not a ConnectWise id")]
    [DataRow("ProductBillableOption", "1", "not a billable option")]
    [DataRow("RequestsPerMinute", "0", "from 1 to 1,000,000")]
    [DataRow("RequestsPerMinute", "fast", "not a number of requests per minute")]
    [DataRow("RequestsPerMinute", "1000001", "from 1 to 1,000,000")]
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
        variables[ServerVariableCatalog.ClientId.Name] = "secret-client-value";

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
        variables[ServerVariableCatalog.ProductBillableOption.Name] = value;

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
