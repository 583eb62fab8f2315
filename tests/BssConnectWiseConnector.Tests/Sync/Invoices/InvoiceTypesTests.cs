using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Sync.Invoices;

namespace BssConnectWiseConnector.Tests.Sync.Invoices;

[TestClass]
public sealed class InvoiceTypesTests
{
    private static readonly LookupTables Lookups = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        [LookupNames.InvoiceType] = new Dictionary<string, string> { ["Credit note"] = "CreditMemo", ["Contract"] = "Agreement" },
    });

    [TestMethod]
    [DataRow(null, true, "Miscellaneous")]
    [DataRow("  ", true, "Miscellaneous")]
    [DataRow(null, false, "Standard")]
    [DataRow("credit NOTE", true, "CreditMemo")]
    [DataRow("downpayment", true, "DownPayment")]
    [DataRow("Standard", true, "Standard")]
    public void Resolve_BssType_GivesTheConnectWiseType(string? bssType, bool hasLines, string expected)
    {
        Assert.AreEqual(expected, InvoiceTypes.Resolve(Lookups, bssType, hasLines).Type);
    }

    [TestMethod]
    public void Resolve_EmptyType_IsMarkedAsTheDefault()
    {
        Assert.IsTrue(InvoiceTypes.Resolve(Lookups, null, hasLines: true).IsDefault);
        Assert.IsFalse(InvoiceTypes.Resolve(Lookups, "Miscellaneous", hasLines: true).IsDefault);
    }

    [TestMethod]
    public void Resolve_UnmappedType_ProblemListsTheChoices()
    {
        var resolution = InvoiceTypes.Resolve(Lookups, "Barter", hasLines: true);

        Assert.IsNull(resolution.Type);
        Assert.Contains("'Barter'", resolution.Problem!);
        Assert.Contains("Miscellaneous", resolution.Problem!);
    }

    [TestMethod]
    [DataRow("Contract", "'Contract'", "agreement invoicing")]
    [DataRow("Agreement", "'Agreement'", "agreement invoicing")]
    [DataRow("progress", "'progress'", "fixed-fee projects")]
    public void Resolve_TypeOnlyConnectWiseMakes_ProblemNamesTheLookupTheBssValueAndWhy(string bssType, string named, string why)
    {
        var resolution = InvoiceTypes.Resolve(Lookups, bssType, hasLines: true);

        Assert.IsNull(resolution.Type);
        Assert.Contains(LookupNames.InvoiceType, resolution.Problem!);
        Assert.Contains(named, resolution.Problem!);
        Assert.Contains(why, resolution.Problem!);
    }

    [TestMethod]
    public void Values_AreTheTypesAnApiCreateCanMake()
    {
        CollectionAssert.AreEquivalent(
            new[] { "Standard", "CreditMemo", "DownPayment", "Miscellaneous" },
            InvoiceTypes.Values.Select(v => v.Id).ToArray());
    }
}
