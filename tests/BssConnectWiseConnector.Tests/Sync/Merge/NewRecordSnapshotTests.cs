using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync.Merge;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace BssConnectWiseConnector.Tests.Sync.Merge;

/// <summary>
/// A new record's snapshot written straight from the model is the token path's text byte for byte: stored link
/// snapshots are compared with later pulls' and pushes' text, so any difference would re-push or re-merge records.
/// </summary>
[TestClass]
public sealed class NewRecordSnapshotTests
{
    private const string Awkward = "Acme \"Ltd\" <&> é \\ \t\n\u2028 \u0001 +44";

    [TestMethod]
    public void BuildNew_CompanyWithEveryKindOfValue_GivesTheTokenPathsTextByteForByte()
    {
        var company = new Company
        {
            Id = 7,
            Identifier = "ACME",
            Name = Awkward,
            Status = new Reference(1) { Name = "Active" },
            Types = [new Reference(2) { Name = "Customer", Identifier = "C" }, null!, new Reference(5)],
            AddressLine1 = string.Empty,
            City = "Leeds",
            Country = new Reference(3) { Identifier = "GB", Name = "United Kingdom" },
            Currency = new Reference(),
            DeletedFlag = false,
            Info = new Dictionary<string, string?> { ["lastUpdated"] = "2026-12-03T07:43:34Z" },
        };

        AssertSameAsTokenPath(company, fastPath: true);
    }

    [TestMethod]
    public void BuildNew_CompanyWithAnEmptyListAndNoValues_GivesTheTokenPathsTextByteForByte()
    {
        AssertSameAsTokenPath(new Company { Types = [] }, fastPath: true);
        AssertSameAsTokenPath(new Company(), fastPath: true);
    }

    [TestMethod]
    public void BuildNew_ContactWithCommunicationItems_GivesTheTokenPathsTextByteForByte()
    {
        var contact = new Contact
        {
            Id = 11,
            FirstName = Awkward,
            LastName = "Smith",
            Company = new Reference(7) { Identifier = "ACME", Name = "Acme" },
            InactiveFlag = true,
            CommunicationItems =
            [
                new ContactCommunicationItem { Id = 1, Type = new Reference(1) { Name = "Email" }, Value = "a@example.com" },
                new ContactCommunicationItem { Type = new Reference(2), Value = "+44 113", Extension = "12" },
            ],
        };

        AssertSameAsTokenPath(contact, fastPath: true);
    }

    [TestMethod]
    public void BuildNew_CatalogItemWithDecimals_GivesTheTokenPathsTextByteForByte()
    {
        var item = new CatalogItem
        {
            Id = 3,
            Identifier = "SKU-1",
            Description = Awkward,
            Price = 10.50m,
            Cost = 0.0001m,
            RecurringRevenue = -12345678901234.5678m,
            TaxableFlag = true,
            Subcategory = new Reference(4) { Name = "Licences" },
        };

        AssertSameAsTokenPath(item, fastPath: true);
    }

    [TestMethod]
    public void BuildNew_ModelWithAnEnumAndADate_LeavesThemToTheSerializerWithTheSameText()
    {
        var odd = new OddRecord { Name = Awkward, Day = DayOfWeek.Tuesday, At = new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc), Nested = new OddNested { Ratio = 0.5 } };

        AssertSameAsTokenPath(odd, fastPath: false);
        AssertSameAsTokenPath(new OddRecord { Name = "plain", Nested = new OddNested { Ratio = 1.25 } }, fastPath: false);
    }

    private static void AssertSameAsTokenPath(object remote, bool fastPath)
    {
        // Every field the model has, plus one it has not and the top-level _info the snapshot never holds.
        var contract = (JsonObjectContract)ConnectWiseJson.Serializer.ContractResolver.ResolveContract(remote.GetType());
        IReadOnlyList<string> fields = [.. contract.Properties.Select(p => p.PropertyName!).Where(n => n != "_info").Reverse(), "notAField"];
        var set = new HashSet<string>(fields, StringComparer.Ordinal);
        var tokenPath = AgreedSnapshot.Build(null, AgreedSnapshot.Json(remote, set), fields, new HashSet<string>(StringComparer.Ordinal));

        Assert.AreEqual(tokenPath, AgreedSnapshot.BuildNew(remote, fields, set));
        var direct = NewRecordSnapshot.TryWrite(remote, [.. fields.Distinct().Order(StringComparer.Ordinal)]);
        if (fastPath)
        {
            Assert.AreEqual(tokenPath, direct);
        }
        else
        {
            Assert.IsNull(direct);
        }
    }

    private sealed record OddRecord
    {
        [JsonProperty("name")]
        public string? Name { get; init; }

        [JsonProperty("day")]
        public DayOfWeek? Day { get; init; }

        [JsonProperty("at")]
        public DateTime? At { get; init; }

        [JsonProperty("nested")]
        public OddNested? Nested { get; init; }
    }

    private sealed record OddNested
    {
        [JsonProperty("ratio")]
        public double? Ratio { get; init; }
    }
}
