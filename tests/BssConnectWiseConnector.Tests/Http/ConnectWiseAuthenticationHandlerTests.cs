using System.Net;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Tests.TestSupport;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class ConnectWiseAuthenticationHandlerTests
{
    [TestMethod]
    public async Task SendAsync_KnownCredentials_AddsExactAuthorizationClientIdAcceptAndUserAgent()
    {
        var stub = new StubHttpMessageHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK));
        var credentials = new ConnectWiseCredentials("acme", "pub", "priv", Guid.Parse("0b0a5f8e-2b7c-4d6e-9f10-1a2b3c4d5e6f"));
        using var client = new HttpClient(new ConnectWiseAuthenticationHandler(credentials) { InnerHandler = stub });

        using var response = await client.GetAsync(new Uri("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/companies"));

        var sent = stub.Requests.Single();
        // base64("acme+pub:priv")
        Assert.AreEqual("Basic YWNtZStwdWI6cHJpdg==", sent.Headers["Authorization"]);
        Assert.AreEqual("0b0a5f8e-2b7c-4d6e-9f10-1a2b3c4d5e6f", sent.Headers["clientId"]);
        Assert.AreEqual("application/vnd.connectwise.com+json; version=2026.4", sent.Headers["Accept"]);
        StringAssert.StartsWith(sent.Headers["User-Agent"], "BssConnectWiseConnector/");
    }

    [TestMethod]
    [DataRow("2025.1", "application/vnd.connectwise.com+json; version=2025.1")]
    [DataRow("", "application/vnd.connectwise.com+json")]
    public async Task SendAsync_RequestCarriesAVersion_AcceptAsksForIt(string version, string expected)
    {
        var stub = new StubHttpMessageHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK));
        var credentials = new ConnectWiseCredentials("acme", "pub", "priv", Guid.NewGuid());
        using var client = new HttpClient(new ConnectWiseAuthenticationHandler(credentials) { InnerHandler = stub });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/system/info"));
        request.Options.Set(ApiVersionNegotiator.OptionKey, version);

        using var response = await client.SendAsync(request);

        Assert.AreEqual(expected, stub.Requests.Single().Headers["Accept"]);
    }

    [TestMethod]
    public async Task SendAsync_CompanyInfo_SendsNoCredentials()
    {
        var stub = new StubHttpMessageHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK));
        var credentials = new ConnectWiseCredentials("acme", "pub", "priv", Guid.NewGuid());
        using var client = new HttpClient(new ConnectWiseAuthenticationHandler(credentials) { InnerHandler = stub });

        using var response = await client.GetAsync(new Uri("https://api-na.myconnectwise.net/login/companyinfo/acme"));

        var sent = stub.Requests.Single();
        Assert.IsFalse(sent.Headers.ContainsKey("Authorization"));
        Assert.IsFalse(sent.Headers.ContainsKey("clientId"));
    }

    [TestMethod]
    public void ToString_Credentials_RevealsNothing()
    {
        var credentials = new ConnectWiseCredentials("acme", "pub", "priv-secret", Guid.NewGuid());

        Assert.DoesNotContain("priv-secret", credentials.ToString());
        Assert.DoesNotContain(credentials.CreateAuthorization().Parameter!, credentials.ToString());
    }
}
