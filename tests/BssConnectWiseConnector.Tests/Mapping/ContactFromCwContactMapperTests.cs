using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Tests.TestSupport;
using Newtonsoft.Json;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Tests.Mapping;

/// <summary>
/// The pull's contact mapping, written out since issue 16; before the AutoMapper profile it replaced was removed, the two
/// gave equal contacts for 5,000 random ConnectWise contacts (nulls, blanks, padded text, communication items of every
/// kind, type name and default flag, a null item among them failing both alike).
/// </summary>
[TestClass]
public sealed class ContactFromCwContactMapperTests
{
    [TestMethod]
    [DataRow("contact-pulled", "CON-31", "ACC-7")]
    [DataRow("contact-bare", "", "")]
    public void Map_GoldenConnectWiseContact_GivesTheGoldenBssContact(string name, string bssId, string accountId)
    {
        var contact = JsonConvert.DeserializeObject<CwContact>(Golden.Read("Mapping", name + ".contact.json"), ConnectWiseJson.Settings)!;
        var expected = Golden.ReadBss<BssContact>("Mapping", name + ".bss.json");

        var actual = ContactFromCwContactMapper.Map(contact, bssId, accountId);

        Assert.AreEqual(expected, actual);
    }

    [TestMethod]
    public void Map_NoDefaultItemOfAKind_GivesTheFirstOfThatKind()
    {
        var contact = new CwContact
        {
            CommunicationItems =
            [
                Item("Email", "Email", "first@example.com", null),
                Item("Email", "Email", "second@example.com", false),
                Item("Fax", "Fax", "+44 113 000", null),
                Item("Fax", "Fax", "+44 113 001", true),
            ],
        };

        var actual = ContactFromCwContactMapper.Map(contact, "C-1", "A-1");

        Assert.AreEqual("first@example.com", actual.Email);
        Assert.AreEqual("+44 113 001", actual.Fax);
    }

    [TestMethod]
    public void Map_MobileTypeOfAnyKind_IsTheMobileAndNeverThePhone()
    {
        var contact = new CwContact
        {
            CommunicationItems =
            [
                Item("MOBILE", "Phone", "+44 7700 900001", true),
                Item("Direct", "Phone", "+44 113 496 0001", false),
            ],
        };

        var actual = ContactFromCwContactMapper.Map(contact, "C-1", "A-1");

        Assert.AreEqual("+44 7700 900001", actual.Mobile);
        Assert.AreEqual("+44 113 496 0001", actual.Phone);
    }

    [TestMethod]
    public void Map_NoCommunicationItems_GivesNamesOnly()
    {
        var actual = ContactFromCwContactMapper.Map(new CwContact { Id = 4, FirstName = " ", LastName = " Byron", Title = string.Empty, Company = new Reference(2) }, string.Empty, string.Empty);

        Assert.AreEqual(new BssContact { LastName = "Byron" }, actual);
    }

    private static ContactCommunicationItem Item(string typeName, string communicationType, string value, bool? isDefault) =>
        new() { Type = new Reference { Name = typeName }, CommunicationType = communicationType, Value = value, DefaultFlag = isDefault };
}
