using BssConnectWiseConnector.Settings;

namespace BssConnectWiseConnector.Tests.Settings;

[TestClass]
public sealed class ConnectWiseUrlParserTests
{
    [TestMethod]
    [DataRow("na.myconnectwise.net", "https://api-na.myconnectwise.net/", null)]
    [DataRow("  https://api-na.myconnectwise.net  ", "https://api-na.myconnectwise.net/", null)]
    [DataRow("https://eu.myconnectwise.net/", "https://api-eu.myconnectwise.net/", null)]
    [DataRow("https://api-au.myconnectwise.net/v4_6_release/apis/3.0/", "https://api-au.myconnectwise.net/", "v4_6_release/")]
    [DataRow("https://na.myconnectwise.net/v2025_1/apis/3.0", "https://api-na.myconnectwise.net/", "v2025_1/")]
    [DataRow("cw.example-msp.com", "https://cw.example-msp.com/", null)]
    [DataRow("https://cw.example-msp.com:8443/v4_6_release/apis/3.0/", "https://cw.example-msp.com:8443/", "v4_6_release/")]
    [DataRow("http://127.0.0.1:5123", "http://127.0.0.1:5123/", null)]
    [DataRow("http://localhost:5123/v4_6_release/apis/3.0/", "http://localhost:5123/", "v4_6_release/")]
    public void TryParse_FormsAdministratorsType_GiveTheApiSite(string typed, string expectedSite, string? expectedCodebase)
    {
        var ok = ConnectWiseUrlParser.TryParse(typed, allowLoopbackHttp: true, out var site, out var error);

        Assert.IsTrue(ok, error);
        Assert.AreEqual(new Uri(expectedSite), site!.SiteUrl);
        Assert.AreEqual(expectedCodebase, site.Codebase);
    }

    [TestMethod]
    [DataRow("http://na.myconnectwise.net", true)]
    [DataRow("http://10.0.0.5", true)]
    [DataRow("http://127.0.0.1:5000", false)]
    public void TryParse_PlainHttp_RefusedExceptLoopbackWhenAllowed(string typed, bool allowLoopback)
    {
        var ok = ConnectWiseUrlParser.TryParse(typed, allowLoopback, out _, out var error);

        Assert.IsFalse(ok);
        Assert.Contains("https", error!);
    }

    [TestMethod]
    public void TryParse_UserInfoInUrl_IsRefusedWithoutEchoingIt()
    {
        var ok = ConnectWiseUrlParser.TryParse("https://user:hunter2@na.myconnectwise.net", true, out _, out var error);

        Assert.IsFalse(ok);
        Assert.DoesNotContain("hunter2", error!);
    }
}
