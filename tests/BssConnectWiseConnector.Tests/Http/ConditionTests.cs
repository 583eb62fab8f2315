using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class ConditionTests
{
    [TestMethod]
    [DataRow("Smith & Sons", "identifier = \"Smith & Sons\"")]
    [DataRow("100% + more*", "identifier = \"100% + more*\"")]
    [DataRow("Zürich Åland 東京", "identifier = \"Zürich Åland 東京\"")]
    public void Equal_StringWithSpecialCharacters_IsQuoted(string value, string expected)
    {
        Assert.AreEqual(expected, Condition.Equal("identifier", value).Text);
    }

    [TestMethod]
    [DataRow("O'Brien \"Best\" IT")]
    [DataRow("C:\\path")]
    public void Equal_StringThatWouldNeedAnEscape_IsRefusedNotGuessed(string value)
    {
        var error = Assert.ThrowsExactly<ArgumentException>(() => Condition.Equal("identifier", value));

        Assert.Contains("no documented escape", error.Message);
    }

    [TestMethod]
    [DataRow("O'Brien \"Best\" IT", "identifier like \"O'Brien *Best* IT\"")]
    [DataRow("A*[B]\\\"C", "identifier like \"A*B]*C\"")]
    [DataRow("\"quoted\"", "identifier like \"*quoted*\"")]
    public void LikeWithout_UnsafeCharacters_BecomeOneWildcardPerRun(string value, string expected)
    {
        Assert.AreEqual(expected, Condition.LikeWithout("identifier", value).Text);
    }

    [TestMethod]
    [DataRow("Plain & Simple %", true)]
    [DataRow("Has \"quote", false)]
    [DataRow("Has *star", false)]
    [DataRow("Has [bracket", false)]
    [DataRow("Has \\backslash", false)]
    public void IsExactlyComparable_String_IsFalseOnlyForCharactersWithoutADocumentedEscape(string value, bool expected)
    {
        Assert.AreEqual(expected, Condition.IsExactlyComparable(value));
        Assert.IsTrue(Condition.IsExactlyComparable(42));
    }

    [TestMethod]
    public void Literal_Values_UseConnectWiseSyntax()
    {
        Assert.AreEqual("[2025-01-02T03:04:05Z]", Condition.Literal(new DateTimeOffset(2025, 1, 2, 5, 4, 5, TimeSpan.FromHours(2))));
        Assert.AreEqual("null", Condition.Literal(null));
        Assert.AreEqual("true", Condition.Literal(true));
        Assert.AreEqual("12.5", Condition.Literal(12.5m));
    }

    [TestMethod]
    public void AndOr_Nested_AreParenthesized()
    {
        var condition = Condition.And(
            Condition.Equal("company/id", 12),
            Condition.Or(Condition.Like("name", "Fred*"), Condition.In("status/id", [1, 2])));

        Assert.AreEqual("(company/id = 12) and ((name like \"Fred*\") or (status/id in (1,2)))", condition.Text);
    }

    [TestMethod]
    public void Equal_PathWithInjection_IsRejected()
    {
        Assert.ThrowsExactly<ArgumentException>(() => Condition.Equal("id = 1 or name", 1));
    }
}
