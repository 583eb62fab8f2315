using Bss.IntegrationFramework;
using BssConnectWiseConnector.Lookups;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;

namespace BssConnectWiseConnector.Tests.Mapping;

/// <summary>
/// The pull's company mapping, written out since issue 16; before the AutoMapper profile it replaced was removed, the two
/// gave equal accounts for 2,000 random companies (nulls, blanks, padded text, with and without types, currency, country).
/// </summary>
[TestClass]
public sealed class AccountFromCompanyMapperTests
{
    private static readonly LookupTables Lookups = new(new Dictionary<string, IReadOnlyDictionary<string, string>>
    {
        [LookupNames.AccountType] = new Dictionary<string, string> { ["Customer"] = "1" },
        [LookupNames.Currency] = new Dictionary<string, string> { ["GBP"] = "7" },
    });

    [TestMethod]
    public void Map_CompanyWithEveryField_GivesTheAccountWithCleanedTextAndLookupsReadBackwards()
    {
        var company = new Company
        {
            Id = 7,
            Identifier = "  ACME ",
            Name = "Acme Ltd ",
            Types = [new Reference(1) { Name = "Customer (CW)" }, new Reference(2) { Name = "Partner" }],
            Currency = new Reference(7) { Name = "Pound" },
            PhoneNumber = " +44 113 ",
            FaxNumber = "+44 114",
            Website = "https://acme.example",
            AddressLine1 = "1 High Street",
            AddressLine2 = " ",
            City = "Leeds",
            State = "West Yorkshire",
            Zip = "LS1 4AB",
            Country = new Reference(3) { Name = "United Kingdom" },
            Status = new Reference(1) { Name = "Active" },
        };

        var account = new AccountFromCompanyMapper(Lookups).Map(company, "A-1", "A-0", "C-9");

        Assert.AreEqual(
            new Account
            {
                Id = "A-1",
                Code = "ACME",
                Name = "Acme Ltd",
                Type = "Customer",
                Currency = "GBP",
                ParentAccountId = "A-0",
                PrimaryContactId = "C-9",
                Phone = "+44 113",
                Fax = "+44 114",
                Website = "https://acme.example",
                BillingAddress = new Address { Line1 = "1 High Street", City = "Leeds", State = "West Yorkshire", PostalCode = "LS1 4AB", Country = "United Kingdom" },
            },
            account);
    }

    [TestMethod]
    public void Map_CompanyWithoutAddressOrMappedLookups_GivesNoAddressAndConnectWiseNames()
    {
        var company = new Company { Id = 8, Name = null, Types = [new Reference(9) { Name = "Prospect" }], Currency = new Reference(4) { Name = "Euro" }, AddressLine1 = "  " };

        var account = new AccountFromCompanyMapper(Lookups).Map(company, string.Empty, null, null);

        Assert.AreEqual(new Account { Name = string.Empty, Type = "Prospect", Currency = "Euro" }, account);
    }
}
