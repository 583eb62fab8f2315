using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Sync.Invoices;

namespace BssConnectWiseConnector.Tests.Sync.Invoices;

[TestClass]
public sealed class InvoiceTypesTests
{
    private static readonly LookupTables Lookups = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        [LookupNames.InvoiceType] = new Dictionary<string, string> { ["Credit note"] = "CreditMemo" },
    });

    [TestMethod]
    [DataRow(null, "Standard")]
    [DataRow("  ", "Standard")]
    [DataRow("credit NOTE", "CreditMemo")]
    [DataRow("downpayment", "DownPayment")]
    public void Resolve_BssType_GivesTheConnectWiseType(string? bssType, string expected)
    {
        Assert.AreEqual(expected, InvoiceTypes.Resolve(Lookups, bssType).Type);
    }

    [TestMethod]
    public void Resolve_UnmappedType_ProblemListsTheChoices()
    {
        var (type, problem) = InvoiceTypes.Resolve(Lookups, "Barter");

        Assert.IsNull(type);
        Assert.Contains("'Barter'", problem!);
        Assert.Contains("Miscellaneous", problem!);
    }

    [TestMethod]
    public void Values_AreTheFixedEnumWithoutConsolidated()
    {
        CollectionAssert.AreEqual(
            new[] { "Standard", "Agreement", "CreditMemo", "DownPayment", "Miscellaneous", "Progress" },
            InvoiceTypes.Values.Select(v => v.Id).ToArray());
    }
}
