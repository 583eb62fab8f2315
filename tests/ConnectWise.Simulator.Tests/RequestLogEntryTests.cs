namespace ConnectWise.Simulator.Tests;

[TestClass]
public sealed class RequestLogEntryTests
{
    [TestMethod]
    [DataRow("POST", "/v4_6_release/apis/3.0/company/companies", true)]
    [DataRow("PATCH", "/v4_6_release/apis/3.0/finance/agreements/4/additions/9", true)]
    [DataRow("DELETE", "/v4_6_release/apis/3.0/sales/orders/3", true)]
    [DataRow("PUT", "/v4_6_release/apis/3.0/system/callbacks/1", true)]
    [DataRow("POST", "/v4_6_release/apis/3.0/system/bundles", false)]
    [DataRow("GET", "/v4_6_release/apis/3.0/company/companies", false)]
    public void IsWrite_MethodAndPath_CountsOnlyRequestsThatCanChangeData(string method, string path, bool expected)
    {
        var entry = new RequestLogEntry(method, path, "", 200, DateTimeOffset.UnixEpoch);

        Assert.AreEqual(expected, entry.IsWrite);
    }
}
