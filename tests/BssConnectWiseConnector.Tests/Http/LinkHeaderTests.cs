using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class LinkHeaderTests
{
    [TestMethod]
    public void Find_NextUrlWithUnencodedCommas_ReadsTheWholeUrl()
    {
        const string value = "<https://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/companies?fields=id,identifier,name"
            + "&conditions=id%20in%20(1,2,3)&pageSize=2&pageId=7>; rel=\"next\"";

        var next = LinkHeader.Find(value, "next");

        Assert.IsNotNull(next);
        Assert.AreEqual(7, LinkHeader.QueryInt(next, "pageId"));
        Assert.Contains("fields=id,identifier,name", next.OriginalString);
    }

    [TestMethod]
    public void Find_SeveralLinksWithCommasInside_PicksTheAskedRelation()
    {
        const string value = "<https://x/apis/3.0/company/companies?fields=id,name&page=1>; rel=\"first\", "
            + "<https://x/apis/3.0/company/companies?fields=id,name&page=3>; rel=\"next\", "
            + "<https://x/apis/3.0/company/companies?fields=id,name&page=9>; rel=\"last\"";

        Assert.AreEqual(3, LinkHeader.QueryInt(LinkHeader.Find(value, "next")!, "page"));
        Assert.AreEqual(9, LinkHeader.QueryInt(LinkHeader.Find(value, "last")!, "page"));
        Assert.AreEqual(1, LinkHeader.QueryInt(LinkHeader.Find(value, "first")!, "page"));
    }

    [TestMethod]
    public void Find_RelationListAndUnquotedRel_AreRecognised()
    {
        Assert.AreEqual(4, LinkHeader.QueryInt(LinkHeader.Find("<https://x/a?page=4>; title=\"a;b,c\"; rel=\"next last\"", "next")!, "page"));
        Assert.AreEqual(5, LinkHeader.QueryInt(LinkHeader.Find("<https://x/a?page=5>;rel=next", "next")!, "page"));
    }

    [TestMethod]
    public void Find_NoSuchRelationOrEmptyTarget_ReturnsNull()
    {
        Assert.IsNull(LinkHeader.Find("<https://x/a?page=1>; rel=\"first\", <https://x/a?page=1>; rel=\"prev\"", "next"));
        Assert.IsNull(LinkHeader.Find("<>; rel=\"next\"", "next"));
        Assert.IsNull(LinkHeader.Find("", "next"));
    }
}
