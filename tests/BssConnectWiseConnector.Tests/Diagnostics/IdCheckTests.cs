using Bss.IntegrationFramework;
using BssConnectWiseConnector.Diagnostics;

namespace BssConnectWiseConnector.Tests.Diagnostics;

[TestClass]
public sealed class IdCheckTests
{
    private static readonly DiscoveredValue[] Statuses =
    [
        new("1", "Active", true),
        new("2", "Inactive", false),
        new("3", "Imported", true),
    ];

    [TestMethod]
    public void Check_ActiveId_IsOkNamingTheValue()
    {
        var finding = IdCheck.Check("Import Account status id", "Company Status", " 3 ", Statuses);

        Assert.AreEqual(CheckSeverity.Ok, finding.Severity);
        Assert.Contains("'Imported'", finding.Message);
    }

    [TestMethod]
    public void Check_InactiveId_IsAnErrorListingTheActiveChoices()
    {
        var finding = IdCheck.Check("Import Account status id", "Company Status", "2", Statuses);

        Assert.AreEqual(CheckSeverity.Error, finding.Severity);
        Assert.Contains("inactive", finding.Message);
        Assert.Contains("1 = Active, 3 = Imported", finding.Fix!);
        Assert.DoesNotContain("2 = Inactive", finding.Fix!);
    }

    [TestMethod]
    public void Check_UnknownId_IsAnErrorSayingItIsNotAnIdOfTheTable()
    {
        var finding = IdCheck.Check("Import Account status id", "Company Status", "9", Statuses);

        Assert.AreEqual(CheckSeverity.Error, finding.Severity);
        Assert.Contains("'9' is not an id of Company Status", finding.Message);
    }
}
