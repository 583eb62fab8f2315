using Bss.IntegrationFramework;
using BssConnectWiseConnector.Sync;

namespace BssConnectWiseConnector.Tests.Sync;

/// <summary>
/// Pins the fingerprints of known records: the stored links hold these values, so any change to how they are computed
/// would re-send every record once after an upgrade.
/// </summary>
[TestClass]
public sealed class FingerprintTests
{
    private static readonly Account KnownAccount = new()
    {
        Id = string.Empty,
        Code = "ACME-001",
        Name = "Acme \"Widgets\" & Söhne <Ltd> 日本 😀",
        Type = "Customer",
        Currency = "EUR",
        ParentAccountId = "A-0",
        PrimaryContactId = null,
        BillingAddress = new Address { Line1 = "1 Main St\nSuite 2", City = "Zürich", Country = "CH", PostalCode = "8001" },
        Phone = "+41 44 000 00 00",
        Website = "https://example.test/?a=1&b='2'",
    };

    private static readonly Contact KnownContact = new()
    {
        Id = string.Empty,
        AccountId = "A-1",
        FirstName = "Zoë",
        LastName = "O'Brien",
        JobTitle = "Chief\tFinancial Officer\\",
        Email = "zoe@example.test",
    };

    private static readonly Product KnownProduct = new()
    {
        Id = string.Empty,
        Code = "P-1",
        Name = "Backup 1 TB",
        Price = 12.50m,
        Cost = 0.1000m,
        Taxable = true,
        Active = false,
        LessIncluded = -3m,
        BillingCycle = "Monthly",
    };

    [TestMethod]
    public void Of_KnownAccountAndIds_IsTheStoredValue() =>
        Assert.AreEqual(
            "f5a6d1cdb88e7c9dac70db5f6eef5b0e0057f3de5e36ee85f685033db56869fe",
            Fingerprint.Of("accounts/2", KnownAccount, 1, 5, 7, "42", null));

    [TestMethod]
    public void Of_KnownContactAndAccountId_IsTheStoredValue() =>
        Assert.AreEqual(
            "4edae0d102861ad745a24dc7944e7872f2ecde86885704b8f0ce25c50dd3d3bd",
            Fingerprint.Of("contacts/1", KnownContact, "19"));

    [TestMethod]
    public void Of_KnownProductWithMoneyAndSettings_IsTheStoredValue() =>
        Assert.AreEqual(
            "9f603fa3c19a65564b8a85a7664a1fc2e6e42cbd745b383f66983ccdaba4b563",
            Fingerprint.Of("products/1", KnownProduct, 3, null, 11, null, 2));

    [TestMethod]
    public void Of_OneFieldDifferent_IsAnotherValue() =>
        Assert.AreNotEqual(
            Fingerprint.Of("contacts/1", KnownContact, "19"),
            Fingerprint.Of("contacts/1", KnownContact with { JobTitle = "CFO" }, "19"));

    [TestMethod]
    public void Of_SameInputsAgain_IsTheSameValue()
    {
        var first = Fingerprint.Of("contacts/1", KnownContact, "19");

        Assert.AreEqual(first, Fingerprint.Of("contacts/1", KnownContact, "19"), "the hash kept per thread starts afresh for each fingerprint");
    }

    [TestMethod]
    public async Task Of_ManyThreadsAtOnce_IsTheOneShotSha256OfTheJson()
    {
        var contacts = Enumerable.Range(0, 2000).Select(i => KnownContact with { JobTitle = $"Title {i} " + new string('x', i % 300) }).ToArray();

        var fingerprints = await Task.WhenAll(contacts.Select(c => Task.Run(() => Fingerprint.Of("contacts/1", c, "19"))));

        var expected = contacts.Select(c => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(Newtonsoft.Json.JsonConvert.SerializeObject(new object?[] { "contacts/1", c, "19" }))))).ToArray();
        CollectionAssert.AreEqual(expected, fingerprints);
    }
}
