using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Tests.Mapping;

[TestClass]
public sealed class CommunicationKindsTests
{
    private static ContactCommunicationItem Item(string type, string value) => CommunicationKinds.Item(type, value)!;

    [TestMethod]
    public void MarkDefaults_DirectAndMobile_OnlyDirectIsTheDefaultPhone()
    {
        var items = CommunicationKinds.MarkDefaults([
            Item(CommunicationKinds.Email, "a@b.test"), Item(CommunicationKinds.Direct, "555-0100"),
            Item(CommunicationKinds.Mobile, "555-0101"), Item(CommunicationKinds.Fax, "555-0102")]);

        CollectionAssert.AreEqual(new bool?[] { true, true, false, true }, items.Select(i => i.DefaultFlag).ToArray());
    }

    [TestMethod]
    public void MarkDefaults_MobileOnly_IsTheDefaultPhone()
    {
        var items = CommunicationKinds.MarkDefaults([Item(CommunicationKinds.Mobile, "555-0101")]);

        Assert.IsTrue(items.Single().DefaultFlag);
    }

    [TestMethod]
    public void Merge_HandEnteredDefaultPhoneKept_ConnectorPhonesAreNotDefaults()
    {
        var home = new ContactCommunicationItem { Id = 9, Type = new Reference { Name = "Home" }, Value = "555-0199", CommunicationType = "Phone", DefaultFlag = true };
        var desired = CommunicationKinds.MarkDefaults([Item(CommunicationKinds.Email, "a@b.test"), Item(CommunicationKinds.Direct, "555-0100")]);

        var merged = CommunicationKinds.Merge([home], desired, [CommunicationKinds.Email, CommunicationKinds.Direct, CommunicationKinds.Mobile, CommunicationKinds.Fax]);

        Assert.AreEqual(1, merged.Count(i => i.CommunicationType == "Phone" && i.DefaultFlag == true));
        Assert.IsTrue(merged.Single(i => i.Id == 9).DefaultFlag);
        Assert.IsTrue(merged.Single(i => i.CommunicationType == "Email").DefaultFlag);
    }

    [TestMethod]
    public void Merge_OwnedItemsReplacedInPlace_OneDefaultPerKind()
    {
        var current = new[]
        {
            new ContactCommunicationItem { Id = 1, Type = new Reference { Id = 4, Name = "Mobile" }, Value = "old", CommunicationType = "Phone", DefaultFlag = true },
            new ContactCommunicationItem { Id = 2, Type = new Reference { Id = 2, Name = "Direct" }, Value = "old", CommunicationType = "Phone", DefaultFlag = false },
        };
        var desired = CommunicationKinds.MarkDefaults([Item(CommunicationKinds.Direct, "555-0100"), Item(CommunicationKinds.Mobile, "555-0101")]);

        var merged = CommunicationKinds.Merge(current, desired, [CommunicationKinds.Direct, CommunicationKinds.Mobile]);

        Assert.IsTrue(merged.Single(i => i.Id == 2).DefaultFlag, "Direct is preferred over Mobile");
        Assert.IsFalse(merged.Single(i => i.Id == 1).DefaultFlag);
        Assert.AreEqual("555-0101", merged.Single(i => i.Id == 1).Value);
    }
}
