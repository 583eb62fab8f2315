using BssConnectWiseConnector.Lookups;

namespace BssConnectWiseConnector.Tests.Lookups;

[TestClass]
public sealed class LookupTablesTests
{
    private static LookupTables Tables(params (string Bss, string Remote)[] entries) => new(
        new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            [LookupNames.AccountType] = entries.ToDictionary(e => e.Bss, e => e.Remote),
        });

    [TestMethod]
    public void Resolve_MappedValueInAnotherCaseWithSpaces_GivesTheId()
    {
        var tables = Tables(("Customer", " 12 "));

        Assert.AreEqual(LookupResolution.Mapped(12), tables.Resolve(LookupNames.AccountType, "  customer "));
    }

    [TestMethod]
    public void Resolve_NoBssValue_IsNoValueWithoutAProblem()
    {
        Assert.AreEqual(LookupResolution.NoValue, Tables(("Customer", "12")).Resolve(LookupNames.AccountType, " "));
    }

    [TestMethod]
    [DataRow("Reseller", "does not map the BSS value 'Reseller'")]
    [DataRow("Partner", "which is not a ConnectWise id")]
    public void Resolve_UnmappedOrNotAnId_NamesTheLookupTheValueAndTheFix(string bssValue, string expected)
    {
        var resolution = Tables(("Customer", "12"), ("Partner", "abc")).Resolve(LookupNames.AccountType, bssValue);

        Assert.IsNull(resolution.Id);
        Assert.Contains(expected, resolution.Problem!);
        Assert.Contains(LookupNames.AccountType, resolution.Problem!);
    }

    [TestMethod]
    public void Reverse_TwoBssValuesOnOneId_GivesTheFirstInOrdinalOrder()
    {
        var tables = Tables(("Prospect", "3"), ("Lead", "3"), ("Customer", "1"));

        Assert.AreEqual("Lead", tables.Reverse(LookupNames.AccountType, 3));
        Assert.IsNull(tables.Reverse(LookupNames.AccountType, 99));
        Assert.IsNull(tables.Reverse(LookupNames.AccountType, null));
    }
}
