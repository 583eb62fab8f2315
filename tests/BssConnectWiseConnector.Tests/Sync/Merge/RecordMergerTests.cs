using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync.Merge;

namespace BssConnectWiseConnector.Tests.Sync.Merge;

[TestClass]
public sealed class RecordMergerTests
{
    private static readonly IReadOnlySet<string> NoSkip = new HashSet<string>();

    // base | BSS | ConnectWise | policy | BSS untouched since the base | ConnectWise newer | expected phone | conflict | agrees
    [TestMethod]
    [DataRow("1", "1", "2", "Newest", true, true, "2", false, true, DisplayName = "changed only in ConnectWise: taken")]
    [DataRow("1", "1", "2", "ConnectWise", true, true, "2", false, true, DisplayName = "changed only in ConnectWise (ConnectWise): taken")]
    [DataRow("1", "1", "2", "Report", true, true, "2", false, true, DisplayName = "changed only in ConnectWise (Report): taken, no conflict")]
    [DataRow("1", "1", "2", "Bss", true, true, "1", false, false, DisplayName = "changed only in ConnectWise (Bss): kept, the push restores it")]
    [DataRow("1", null, "2", "Bss", false, true, "2", true, true, DisplayName = "Bss owns, BSS cleared it and ConnectWise changed it: the blank is filled")]
    [DataRow("1", "3", "1", "Newest", false, true, "3", false, false, DisplayName = "changed only in the BSS: kept for the push")]
    [DataRow("1", "3", "1", "ConnectWise", false, true, "3", false, false, DisplayName = "changed only in the BSS (ConnectWise): kept for the push")]
    [DataRow("1", "3", "2", "Bss", false, true, "3", true, false, DisplayName = "both changed (Bss): BSS kept")]
    [DataRow("1", "3", "2", "ConnectWise", false, false, "2", true, true, DisplayName = "both changed (ConnectWise): ConnectWise taken")]
    [DataRow("1", "3", "2", "Newest", false, true, "2", true, true, DisplayName = "both changed (Newest), ConnectWise later: taken")]
    [DataRow("1", "3", "2", "Newest", false, false, "3", true, false, DisplayName = "both changed (Newest), BSS later: kept")]
    [DataRow("1", "3", "2", "Report", false, true, "3", true, false, DisplayName = "both changed (Report): nothing changed, reported")]
    [DataRow("1", "1", null, "Newest", true, true, null, false, true, DisplayName = "cleared in ConnectWise after the base: cleared")]
    [DataRow(null, "1", null, "Newest", true, true, "1", false, true, DisplayName = "empty in ConnectWise and in the base: the BSS value stays")]
    [DataRow("1", "2", "2", "Report", false, true, "2", false, true, DisplayName = "both changed to the same value: nothing to do")]
    public void Merge_PhoneCase_DecidesAsThePolicySays(string? basePhone, string? bssPhone, string? remotePhone, string policy, bool untouched, bool remoteNewer, string? expected, bool conflict, bool agrees)
    {
        var result = Merge(Account(basePhone), Account(bssPhone), Account(remotePhone), Enum.Parse<OwnershipPolicy>(policy), untouched, remoteNewer);

        Assert.AreEqual(expected, result.Merged.Phone);
        Assert.AreEqual(conflict, result.Conflicts.Count == 1, string.Join("; ", result.Conflicts));
        Assert.AreEqual(agrees, result.Agrees);
        Assert.AreEqual(policy == "Report" && conflict, result.Held);
    }

    [TestMethod]
    public void Merge_Conflict_NamesFieldGroupBaseBothValuesAndWhatWasDone()
    {
        var result = Merge(Account("1"), Account("3"), Account("2"), OwnershipPolicy.Bss, untouched: false, remoteNewer: true);

        var conflict = result.Conflicts.Single();
        Assert.AreEqual(new FieldConflict("phone", MergeGroups.Communication, "1", "3", "2", conflict.Resolution), conflict);
        StringAssert.Contains(conflict.Resolution, "Kept the BSS value (policy Bss)");
    }

    [TestMethod]
    public void Merge_NoBase_EmptyNeverClearsAndBlanksAreFilled()
    {
        var bss = Account("1") with { Fax = null, Website = "https://bss.example" };
        var remote = Account(null) with { Fax = "+1 555", Website = "https://cw.example" };

        var result = RecordMerger.Merge(null, bss, remote, AccountMergeFields.All, _ => OwnershipPolicy.ConnectWise, NoSkip, bssUntouched: false, remoteIsNewer: true);

        Assert.AreEqual("1", result.Merged.Phone, "ConnectWise's empty does not clear the BSS phone");
        Assert.AreEqual("+1 555", result.Merged.Fax, "the BSS blank is filled");
        Assert.AreEqual("https://cw.example", result.Merged.Website, "two values without a base are a conflict the policy decides");
        Assert.AreEqual("website", result.Conflicts.Single().Field);
    }

    [TestMethod]
    public void Merge_FieldsConnectWiseCannotHoldOrName_AreNeverTouched()
    {
        var bss = Account("1") with { Currency = "EUR", PrimaryContactId = "CON-1", ParentAccountId = "ACC-P" };
        var remote = Account("1") with { Currency = "EUR", PrimaryContactId = null, ParentAccountId = null };
        var skip = new HashSet<string> { "parentAccountId" };

        var result = RecordMerger.Merge(bss, bss, remote, AccountMergeFields.All, _ => OwnershipPolicy.ConnectWise, skip, bssUntouched: true, remoteIsNewer: true);

        Assert.AreEqual("ACC-P", result.Merged.ParentAccountId, "a parent ConnectWise holds but the BSS cannot name is skipped");
        Assert.IsNull(result.Merged.PrimaryContactId, "a default contact cleared in ConnectWise after the base is cleared");
        var kept = RecordMerger.Merge(bss with { PrimaryContactId = null }, bss, remote, AccountMergeFields.All, _ => OwnershipPolicy.ConnectWise, skip, bssUntouched: false, remoteIsNewer: true);
        Assert.AreEqual("CON-1", kept.Merged.PrimaryContactId, "a contact ConnectWise never had (the base is empty too) is not cleared");
    }

    [TestMethod]
    public void Merge_AddressFieldChangedInConnectWise_TakesThatLineOnly()
    {
        var bss = Account("1") with { BillingAddress = new Address { Line1 = "1 Main St", City = "Springfield", Country = "US" } };
        var before = bss with { BillingAddress = bss.BillingAddress! with { Country = "United States" } };
        var remote = before with { BillingAddress = before.BillingAddress! with { City = "Chicago" } };

        var result = RecordMerger.Merge(before, bss, remote, AccountMergeFields.All, _ => OwnershipPolicy.Newest, NoSkip, bssUntouched: true, remoteIsNewer: true);

        Assert.AreEqual(new Address { Line1 = "1 Main St", City = "Chicago", Country = "US" }, result.Merged.BillingAddress, "the country, written differently but unchanged on both sides, stays as the BSS writes it");
        Assert.IsTrue(result.Agrees);
    }

    private static RecordMergeResult<Account> Merge(Account baseRecord, Account bss, Account remote, OwnershipPolicy policy, bool untouched, bool remoteNewer) =>
        RecordMerger.Merge(baseRecord, bss, remote, AccountMergeFields.All, _ => policy, NoSkip, untouched, remoteNewer);

    private static Account Account(string? phone) => new() { Id = "ACC-1", Code = "C1", Name = "Contoso", Phone = phone };
}
