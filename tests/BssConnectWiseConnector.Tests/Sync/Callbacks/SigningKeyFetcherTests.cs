using System.Net;
using BssConnectWiseConnector.Settings;
using BssConnectWiseConnector.Sync.Callbacks;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Sync.Callbacks;

[TestClass]
public sealed class SigningKeyFetcherTests
{
    private static readonly ConnectWiseSite Site = new(new Uri("https://api-na.myconnectwise.net/"), null);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    [DataRow("https://api-na.myconnectwise.net/v4_6_release/system/callbackkey/index.rails?id=1")]
    [DataRow("https://na.myconnectwise.net/v2025_1//system/callbackkey/index.rails?companyName=x&id=1")]
    public async Task FetchAsync_KeyOnTheInstancesOwnHost_ReadsSigningKey(string keyUrl)
    {
        var handler = new StubHttpMessageHandler((_, _) => StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"signing_key":"abc"}"""));
        var fetcher = new SigningKeyFetcher(new HttpClient(handler), Site);

        var key = await fetcher.FetchAsync(new Uri(keyUrl), TestContext.CancellationToken);

        CollectionAssert.AreEqual("abc"u8.ToArray(), key.Material.ToArray());
        Assert.AreEqual(1, handler.Calls);
    }

    [TestMethod]
    [DataRow("https://evil.example.com/key")]
    [DataRow("https://api-na.myconnectwise.net.evil.example/key")]
    [DataRow("https://eu.myconnectwise.net/key")]
    [DataRow("http://api-na.myconnectwise.net/key")]
    [DataRow("https://api-na.myconnectwise.net:444/key")]
    [DataRow("https://user:pass@api-na.myconnectwise.net/key")]
    public async Task FetchAsync_KeyOffTheInstancesHost_RefusedWithoutARequest(string keyUrl)
    {
        var handler = new StubHttpMessageHandler((_, _) => StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"signing_key":"abc"}"""));
        var fetcher = new SigningKeyFetcher(new HttpClient(handler), Site);

        await Assert.ThrowsExactlyAsync<UnauthorizedAccessException>(() => fetcher.FetchAsync(new Uri(keyUrl), TestContext.CancellationToken));

        Assert.AreEqual(0, handler.Calls);
    }

    [TestMethod]
    [DataRow(HttpStatusCode.Found, "")]
    [DataRow(HttpStatusCode.NotFound, "")]
    [DataRow(HttpStatusCode.OK, "{}")]
    [DataRow(HttpStatusCode.OK, "{\"signing_key\":\"\"}")]
    [DataRow(HttpStatusCode.OK, "not json")]
    public async Task FetchAsync_AnswerWithoutAKey_Fails(HttpStatusCode status, string body)
    {
        var handler = new StubHttpMessageHandler((_, _) =>
        {
            var response = StubHttpMessageHandler.Json(status, body);
            if (status == HttpStatusCode.Found)
            {
                response.Headers.Location = new Uri("https://evil.example.com/key");
            }

            return response;
        });
        var fetcher = new SigningKeyFetcher(new HttpClient(handler), Site);

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => fetcher.FetchAsync(new Uri("https://api-na.myconnectwise.net/key"), TestContext.CancellationToken));

        Assert.AreEqual(1, handler.Calls, "a redirect is not followed");
    }
}
