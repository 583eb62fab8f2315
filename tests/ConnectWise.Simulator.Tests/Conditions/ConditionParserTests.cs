using ConnectWise.Simulator.Conditions;

namespace ConnectWise.Simulator.Tests.Conditions;

/// <summary>The parser against conditions as ConnectWise's documentation and real clients write them.</summary>
[TestClass]
public sealed class ConditionParserTests
{
    [TestMethod]
    [DataRow("(contact/name like \"Fred%\" and closedFlag = false) and dateEntered > [2015-12-23T05:53:27Z] or summary contains \"test\"")]
    [DataRow("board/id in (3,2,4)")]
    [DataRow("summary not contains \"x\"")]
    [DataRow("lastUpdated>[2024-01-01T00:00:00Z]")]
    [DataRow("_info/lastUpdated > [2024-01-01T00:00:00Z]")]
    [DataRow("status/name=\"Active\"")]
    [DataRow("company/id=12")]
    [DataRow("communicationItems/value like \"john@x.com\" AND communicationItems/communicationType=\"Email\"")]
    [DataRow("caption=\"TomNumber\" AND value != null")]
    [DataRow("identifier=\"ACME\" OR identifier='GLOBEX'")]
    [DataRow("name like \"O\\\"Brien*\"")]
    [DataRow("inactiveFlag=false and type/name=\"Managed Service\"")]
    [DataRow("id in (1, 2, 3) and name not like 'Test%'")]
    [DataRow("identifier not in (\"A\",\"B\") and deletedFlag = false")]
    [DataRow("NOT (status/id = 2) And parentCompany/id = null")]
    [DataRow("price >= 10.5 and cost < -1 and quantity <= 3 and id <> 4")]
    [DataRow("agreement/id = 7 and product/identifier = \"Archon Users\" and cancelledDate = null")]
    public void Parse_RealConnectWiseQuery_Succeeds(string conditions)
    {
        Assert.IsNotNull(ConditionParser.Parse(conditions));
    }

    [TestMethod]
    [DataRow("identifier = ACME")]
    [DataRow("name like")]
    [DataRow("(name=\"x\"")]
    [DataRow("name = \"unclosed")]
    [DataRow("dateEntered > [not a date]")]
    [DataRow("dateEntered > [2024-01-01")]
    [DataRow("name ! \"x\"")]
    [DataRow("and name=\"x\"")]
    [DataRow("name = \"x\" name = \"y\"")]
    [DataRow("id in 1,2")]
    [DataRow("name not = \"x\"")]
    [DataRow("name = \"x\" and")]
    [DataRow("name # \"x\"")]
    public void Parse_MalformedQuery_ThrowsSyntaxError(string conditions)
    {
        Assert.ThrowsExactly<ConditionSyntaxException>(() => ConditionParser.Parse(conditions));
    }

    [TestMethod]
    public void Parse_AndBindsTighterThanOr_GroupsAsConnectWiseDoes()
    {
        var node = ConditionParser.Parse("a=1 or b=2 and c=3");

        var or = Assert.IsInstanceOfType<LogicalNode>(node);
        Assert.IsFalse(or.IsAnd);
        Assert.IsInstanceOfType<LogicalNode>(or.Right);
    }

    [TestMethod]
    public void Parse_EscapedQuotesAndBackslash_Unescapes()
    {
        var node = (ComparisonNode)ConditionParser.Parse("name = \"Say \\\"hi\\\" \\\\ 'x'\"")!;

        Assert.AreEqual("Say \"hi\" \\ 'x'", node.Value.Text);
    }

    [TestMethod]
    public void Parse_Blank_ReturnsNull()
    {
        Assert.IsNull(ConditionParser.Parse("  "));
    }
}
