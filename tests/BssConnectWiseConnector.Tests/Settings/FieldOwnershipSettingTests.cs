using Bss.IntegrationFramework;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Merge;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Settings;

[TestClass]
public sealed class FieldOwnershipSettingTests
{
    [TestMethod]
    public void Parse_NotSet_IdentityAndBillingAreTheBssAndCommunicationAndAddressMergeByNewest()
    {
        var ownership = TestSettings.Parse().FieldOwnership;

        Assert.AreEqual(OwnershipPolicy.Bss, ownership.Of(BssModules.Accounts, MergeGroups.Identity));
        Assert.AreEqual(OwnershipPolicy.Bss, ownership.Of(BssModules.Accounts, MergeGroups.Billing));
        Assert.AreEqual(OwnershipPolicy.Newest, ownership.Of(BssModules.Accounts, MergeGroups.Communication));
        Assert.AreEqual(OwnershipPolicy.Newest, ownership.Of(BssModules.Accounts, MergeGroups.Address));
        Assert.AreEqual(OwnershipPolicy.Bss, ownership.Of(BssModules.Products, MergeGroups.Billing));
        Assert.AreEqual(OwnershipPolicy.Newest, ownership.Of(BssModules.Contacts, MergeGroups.Communication));
    }

    [TestMethod]
    public void Parse_SomeGroupsSet_SetsThoseAndKeepsTheOtherDefaults()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.AccountFieldOwnership.Name] = "communication=ConnectWise, Address = report";
        variables[ServerVariableCatalog.ProductFieldOwnership.Name] = "Billing=Newest";

        var ownership = TestSettings.Parse(variables).FieldOwnership;

        Assert.AreEqual(OwnershipPolicy.ConnectWise, ownership.Of(BssModules.Accounts, MergeGroups.Communication));
        Assert.AreEqual(OwnershipPolicy.Report, ownership.Of(BssModules.Accounts, MergeGroups.Address));
        Assert.AreEqual(OwnershipPolicy.Bss, ownership.Of(BssModules.Accounts, MergeGroups.Identity));
        Assert.AreEqual(OwnershipPolicy.Newest, ownership.Of(BssModules.Products, MergeGroups.Billing));
        Assert.AreEqual(OwnershipPolicy.Newest, ownership.Of(BssModules.Contacts, MergeGroups.Communication));
    }

    [TestMethod]
    public void Validate_EveryProblem_ReportedAtOnceNamingTheVariableGroupsAndPolicies()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.AccountFieldOwnership.Name] = "Phones=Bss; Identity=Sometimes; Address; Billing=Bss; Billing=Report";
        variables[ServerVariableCatalog.ContactFieldOwnership.Name] = "Identity=2";

        var errors = ConnectWiseSettingsParser.Validate(variables);

        Assert.HasCount(2, errors);
        var accounts = errors.Single(e => e.Variable == ServerVariableCatalog.AccountFieldOwnership.Name).Message;
        Assert.Contains("'Phones' is not a field group of Accounts (its groups are Identity, Billing, Communication, Address)", accounts);
        Assert.Contains("'Sometimes' is not an ownership policy for Identity (use Bss, ConnectWise, Newest, Report)", accounts);
        Assert.Contains("'Address' is not Group=Policy", accounts);
        Assert.Contains("Billing is given twice", accounts);
        Assert.Contains("'2' is not an ownership policy", errors.Single(e => e.Variable == ServerVariableCatalog.ContactFieldOwnership.Name).Message);
    }

    [TestMethod]
    public void Catalog_Ownership_IsOptionalTextWhoseDefaultParsesToTheDefaults()
    {
        var definition = ServerVariableCatalog.Find(ServerVariableCatalog.AccountFieldOwnership.Name)!.Definition;
        var variables = TestSettings.Variables();
        variables[definition.Name] = definition.DefaultValue;

        Assert.IsFalse(definition.Required);
        Assert.AreEqual("Identity=Bss; Billing=Bss; Communication=Newest; Address=Newest", definition.DefaultValue);
        Assert.AreEqual(OwnershipPolicy.Newest, TestSettings.Parse(variables).FieldOwnership.Of(BssModules.Accounts, MergeGroups.Address));
    }

    [TestMethod]
    public void Parse_SameVariablesTwice_GivesEqualSettingsSoTheConnectorKeepsItsTransport()
    {
        var variables = TestSettings.Variables();
        variables[ServerVariableCatalog.ContactFieldOwnership.Name] = "Communication=Report";

        Assert.AreEqual(TestSettings.Parse(variables), TestSettings.Parse(variables));
        variables[ServerVariableCatalog.ContactFieldOwnership.Name] = "Communication=Bss";
        Assert.AreNotEqual(TestSettings.Parse(), TestSettings.Parse(variables));
    }
}
