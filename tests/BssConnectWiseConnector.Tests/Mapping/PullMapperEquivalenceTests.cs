using AutoMapper;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Mapping;
using BssConnectWiseConnector.Models;
using Microsoft.Extensions.Logging.Abstractions;
using BssContact = Bss.IntegrationFramework.Contact;
using CwContact = BssConnectWiseConnector.Models.Contact;

namespace BssConnectWiseConnector.Tests.Mapping;

/// <summary>
/// The written-out pull mappings against the AutoMapper maps they replace, on random records (nulls, blanks, padded
/// text, odd communication items and flags); kept only while both exist.
/// </summary>
[TestClass]
public sealed class PullMapperEquivalenceTests
{
    private const int Records = 5_000;
    private static readonly IMapper AutoMapperMaps = MapperFactory.Create(null, NullLoggerFactory.Instance);
    private static readonly string?[] Texts = [null, string.Empty, " ", "\t\n", "Acme", "  Acme ", "Ünïcødé ", "a\u2028b", "x@example.com", " +44 113 496 0000 "];
    private static readonly string?[] CommunicationTypes = [null, string.Empty, "Email", "Phone", "Fax", "email", "PHONE", "Other"];
    private static readonly string?[] TypeNames = [null, string.Empty, "Email", "Direct", "Mobile", "mobile", "MOBILE", " Mobile", "Fax", "Home"];
    private static readonly bool?[] Flags = [null, true, false];
    private static readonly decimal?[] Amounts = [null, 0m, 22.00m, 18.7m, -1m, 1.234567890123m, 79228162514264337593543950335m];

    [TestMethod]
    public void Map_RandomContacts_EqualsTheAutoMapperProfile()
    {
        var random = new Random(16);
        var throwing = 0;
        for (var i = 0; i < Records; i++)
        {
            var contact = RandomContact(random, i);
            var bssId = random.Next(3) == 0 ? string.Empty : "C-" + i;
            var accountId = random.Next(3) == 0 ? string.Empty : "A-" + i;

            var (expected, expectedError) = Try(() => AutoMapperMaps.Map<BssContact>(contact) with { Id = bssId, AccountId = accountId });
            var (actual, actualError) = Try(() => ContactFromCwContactMapper.Map(contact, bssId, accountId));

            Assert.AreEqual(expectedError is null, actualError is null, $"contact {i}: {expectedError?.Message} / {actualError?.Message}");
            Assert.AreEqual(expected, actual, $"contact {i}: {contact}");
            throwing += expectedError is null ? 0 : 1;
        }

        Assert.IsGreaterThan(0, throwing, "some contacts hold a null communication item");
        Assert.IsLessThan(Records / 10, throwing);
    }

    [TestMethod]
    public void Map_RandomCatalogItems_EqualsTheAutoMapperProfile()
    {
        var random = new Random(16);
        var old = new CatalogItemMapper(AutoMapperMaps);
        for (var i = 0; i < Records; i++)
        {
            var item = RandomCatalogItem(random, i);
            var bssId = random.Next(3) == 0 ? string.Empty : "PRD-" + i;
            var productType = Pick(random, Texts);
            var unitType = Pick(random, Texts);

            var expected = old.ToProduct(item, bssId, productType, unitType);
            var actual = ProductFromCatalogItemMapper.Map(item, bssId, productType, unitType);

            Assert.AreEqual(expected, actual, $"catalog item {i}: {item}");
        }
    }

    private static CwContact RandomContact(Random random, int i) => new()
    {
        Id = i,
        FirstName = Pick(random, Texts),
        LastName = Pick(random, Texts),
        Title = Pick(random, Texts),
        Company = random.Next(4) == 0 ? null : new Reference(random.Next(1, 50)) { Name = Pick(random, Texts) },
        InactiveFlag = Pick(random, Flags),
        DefaultFlag = Pick(random, Flags),
        CommunicationItems = random.Next(6) switch
        {
            0 => null,
            1 => [],
            _ => [.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => RandomItem(random))],
        },
        Info = random.Next(2) == 0 ? null : new Dictionary<string, string?> { ["lastUpdated"] = "2026-12-03T10:00:00Z" },
    };

    private static ContactCommunicationItem RandomItem(Random random) =>
        random.Next(200) == 0
            ? null!
            : new ContactCommunicationItem
            {
                Id = random.Next(100),
                Type = random.Next(8) == 0 ? null : new Reference(random.Next(1, 9)) { Name = Pick(random, TypeNames) },
                Value = Pick(random, Texts),
                Extension = Pick(random, Texts),
                DefaultFlag = Pick(random, Flags),
                CommunicationType = Pick(random, CommunicationTypes),
            };

    private static CatalogItem RandomCatalogItem(Random random, int i) => new()
    {
        Id = i,
        Identifier = Pick(random, Texts),
        Description = Pick(random, Texts),
        CustomerDescription = Pick(random, Texts),
        InactiveFlag = Pick(random, Flags),
        Subcategory = RandomReference(random),
        Type = RandomReference(random),
        ProductClass = Pick(random, [null, "Agreement", "Service", "NonInventory"]),
        Category = RandomReference(random),
        UnitOfMeasure = RandomReference(random),
        Price = Pick(random, Amounts),
        Cost = Pick(random, Amounts),
        TaxableFlag = Pick(random, Flags),
        RecurringFlag = Pick(random, Flags),
        RecurringBillCycle = RandomReference(random),
        RecurringRevenue = Pick(random, Amounts),
        RecurringCost = Pick(random, Amounts),
        BillableOption = Pick(random, [null, "Billable", "DoNotBill", "NoCharge", "NoDefault"]),
        IntegrationXRef = Pick(random, Texts),
        Info = random.Next(2) == 0 ? null : new Dictionary<string, string?> { ["lastUpdated"] = "2026-12-03T10:00:00Z" },
    };

    private static Reference? RandomReference(Random random) =>
        random.Next(4) == 0 ? null : new Reference { Id = random.Next(3) == 0 ? null : random.Next(1, 20), Name = Pick(random, [null, string.Empty, " ", "Monthly", " Yearly ", "User"]) };

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static (T? Value, Exception? Error) Try<T>(Func<T> map)
        where T : class
    {
        try
        {
            return (map(), null);
        }
        catch (Exception e) when (e is NullReferenceException or AutoMapperMappingException)
        {
            return (null, e);
        }
    }
}
