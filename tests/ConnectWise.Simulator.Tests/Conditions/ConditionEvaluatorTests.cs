using System.Text.Json.Nodes;
using ConnectWise.Simulator.Conditions;

namespace ConnectWise.Simulator.Tests.Conditions;

[TestClass]
public sealed class ConditionEvaluatorTests
{
    private static readonly JsonObject Company = JsonNode.Parse("""
        {
          "id": 7, "identifier": "ACME", "name": "Acme [EU] 100% Co", "deletedFlag": false, "revenueYear": 2024,
          "status": { "id": 1, "name": "Active" }, "parentCompany": null,
          "types": [ { "id": 1, "name": "Customer" }, { "id": 4, "name": "Partner" } ],
          "integratorTags": [ "bss" ],
          "_info": { "lastUpdated": "2026-03-01T08:30:00Z" }
        }
        """)!.AsObject();

    [TestMethod]
    [DataRow("identifier = \"acme\"", true)]
    [DataRow("identifier != \"ACME\"", false)]
    [DataRow("status/name = \"Active\" and status/id = 1", true)]
    [DataRow("name like \"Acme*\"", true)]
    [DataRow("name like \"%100[[]%\"", false)]
    [DataRow("name like \"Acme [[]EU]*\"", true)]
    [DataRow("name like \"Globex*\"", false)]
    [DataRow("name contains \"100%\"", true)]
    [DataRow("name not contains \"acme\"", false)]
    [DataRow("id in (1, 7, 9)", true)]
    [DataRow("id not in (1, 9)", true)]
    [DataRow("identifier in ('GLOBEX', 'ACME')", true)]
    [DataRow("revenueYear >= 2024 and revenueYear < 2025", true)]
    [DataRow("revenueYear > 2024", false)]
    [DataRow("deletedFlag = false", true)]
    [DataRow("parentCompany = null", true)]
    [DataRow("parentCompany/id = null", true)]
    [DataRow("status != null", true)]
    [DataRow("missingField = \"x\"", false)]
    [DataRow("missingField != \"x\"", false)]
    [DataRow("lastUpdated > [2026-03-01T08:00:00Z]", true)]
    [DataRow("lastUpdated > [2026-03-01T09:00:00Z]", false)]
    [DataRow("_info/lastUpdated <= [2026-03-01T08:30:00Z]", true)]
    [DataRow("types/name = \"Partner\"", true)]
    [DataRow("integratorTags = \"bss\"", true)]
    [DataRow("not (status/id = 2) and (identifier = \"X\" or id = 7)", true)]
    public void Matches_ConditionOnCompany_ReturnsExpected(string conditions, bool expected)
    {
        Assert.AreEqual(expected, ConditionEvaluator.Matches(ConditionParser.Parse(conditions), Company));
    }

    [TestMethod]
    [DataRow("2026-03-01T08:30:00Z", "lastUpdated = [2026-03-01T08:30:00Z]", true, DisplayName = "the simulator's own form")]
    [DataRow("2026-03-01T09:30:00+01:00", "lastUpdated = [2026-03-01T08:30:00Z]", true, DisplayName = "an offset: the same instant")]
    [DataRow("2026-03-01T08:30:00.500Z", "lastUpdated > [2026-03-01T08:30:00Z]", true, DisplayName = "fractions of a second")]
    [DataRow("2026-03-01T08:30:00", "lastUpdated = [2026-03-01T08:30:00Z]", true, DisplayName = "no zone: taken as UTC")]
    [DataRow("soon", "lastUpdated > [2000-01-01T00:00:00Z]", false, DisplayName = "not a date: no match")]
    public void Matches_DateInAnyForm_ComparesTheInstant(string stored, string conditions, bool expected)
    {
        var record = new JsonObject { ["id"] = 1, ["_info"] = new JsonObject { ["lastUpdated"] = stored } };

        Assert.AreEqual(expected, ConditionEvaluator.Matches(ConditionParser.Parse(conditions), record));
    }

    [TestMethod]
    public void MatchesAnyElement_ChildConditions_RequireOneItemToSatisfyAll()
    {
        var contact = JsonNode.Parse("""
            { "id": 1, "communicationItems": [
                { "type": { "name": "Email" }, "value": "jane@acme.test", "communicationType": "Email" },
                { "type": { "name": "Direct" }, "value": "555-0100", "communicationType": "Phone" } ] }
            """)!.AsObject();

        var sameItem = ConditionParser.Parse("communicationItems/value like \"jane@*\" AND communicationItems/communicationType=\"Email\"");
        var differentItems = ConditionParser.Parse("communicationItems/value = \"555-0100\" AND communicationItems/communicationType=\"Email\"");

        Assert.IsTrue(ConditionEvaluator.MatchesAnyElement(sameItem, contact, arrayField: null));
        Assert.IsFalse(ConditionEvaluator.MatchesAnyElement(differentItems, contact, arrayField: null));
    }

    [TestMethod]
    public void MatchesAnyElement_CustomFieldConditions_MatchCaptionAndValue()
    {
        var record = JsonNode.Parse("""{ "customFields": [ { "id": 4, "caption": "BSS Id", "value": "S-100" }, { "id": 5, "caption": "Seats", "value": null } ] }""")!.AsObject();

        Assert.IsTrue(ConditionEvaluator.MatchesAnyElement(ConditionParser.Parse("caption=\"BSS Id\" AND value != null"), record, "customFields"));
        Assert.IsFalse(ConditionEvaluator.MatchesAnyElement(ConditionParser.Parse("caption=\"Seats\" AND value != null"), record, "customFields"));
    }
}
