using BssConnectWiseConnector.Http;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class ListQueryTests
{
    [TestMethod]
    public void ToQueryString_ReservedCharacters_AreUrlEncoded()
    {
        var query = new ListQuery { Conditions = Condition.Equal("name", "A&B 'D' * % + ; # ? /") };

        var text = query.ToQueryString(page: 1, pageId: null);

        Assert.AreEqual("conditions=name%20%3D%20%22A%26B%20%27D%27%20%2A%20%25%20%2B%20%3B%20%23%20%3F%20%2F%22&pageSize=1000&page=1", text);
    }

    [TestMethod]
    public void ToQueryString_ForwardOnly_SendsPageIdNotPage()
    {
        var query = new ListQuery { ForwardOnly = true, PageSize = 500 };

        Assert.AreEqual("pageSize=500&pageId=42", query.ToQueryString(page: 3, pageId: 42));
    }

    [TestMethod]
    public void ToQueryString_ForwardOnlyWithOrderBy_IsRefused()
    {
        var query = new ListQuery { ForwardOnly = true, OrderBy = "name asc" };

        Assert.ThrowsExactly<InvalidOperationException>(() => query.ToQueryString(null, null));
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(1001)]
    public void ToQueryString_PageSizeOutOfRange_IsRefused(int pageSize)
    {
        Assert.ThrowsExactly<InvalidOperationException>(() => new ListQuery { PageSize = pageSize }.ToQueryString(1, null));
    }
}
