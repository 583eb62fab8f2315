using System.Net;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class ConnectWiseConnectionTests
{
    private static readonly Uri ApiBase = new("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/");

    private static ConnectWiseConnection Connection(StubHttpMessageHandler stub, ICodebaseResolver? codebase = null, RequestCounter? counter = null)
    {
        if (codebase is null)
        {
            var resolver = new Mock<ICodebaseResolver>();
            resolver.Setup(r => r.GetApiBaseAsync(It.IsAny<CancellationToken>())).ReturnsAsync(ApiBase);
            codebase = resolver.Object;
        }

        return new ConnectWiseConnection(new HttpClient(stub), codebase, new SecretRedactor(["Priv4teK3yValue"]), counter ?? new RequestCounter(), NullLogger.Instance);
    }

    private static string Companies(int from, int count) =>
        "[" + string.Join(",", Enumerable.Range(from, count).Select(i => "{\"id\":" + i + ",\"identifier\":\"C" + i + "\",\"name\":\"Company " + i + "\",\"unknownField\":{\"x\":1}}")) + "]";

    [TestMethod]
    public async Task ListPagesAsync_ForwardOnly_FollowsLinkPageIdUntilItIsMissing()
    {
        var stub = new StubHttpMessageHandler((request, call) =>
        {
            var link = call < 3 ? ("Link", $"<{ApiBase}company/companies?pageSize=2&pageId={call * 2}>; rel=\"next\"") : ("X-None", "1");
            return StubHttpMessageHandler.Json(HttpStatusCode.OK, Companies(((call - 1) * 2) + 1, call < 3 ? 2 : 1), link);
        });
        var connection = Connection(stub);

        var pages = new List<ConnectWisePage<Company>>();
        await foreach (var page in connection.ListPagesAsync<Company>("company/companies", new ListQuery { ForwardOnly = true, PageSize = 2 }, CancellationToken.None))
        {
            pages.Add(page);
        }

        Assert.HasCount(3, pages);
        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4, 5 }, pages.SelectMany(p => p.Items).Select(c => c.Id!.Value).ToArray());
        var sent = stub.Requests.ToArray();
        Assert.IsTrue(sent.All(r => r.Headers["pagination-type"] == "forward-only"));
        Assert.DoesNotContain("pageId", sent[0].Uri.Query);
        Assert.Contains("pageId=2", sent[1].Uri.Query);
        Assert.Contains("pageId=4", sent[2].Uri.Query);
    }

    [TestMethod]
    public async Task ListPagesAsync_ForwardOnlyFullPageWithoutNextLink_ContinuesAfterTheLastId()
    {
        var stub = new StubHttpMessageHandler((request, call) => call switch
        {
            1 => StubHttpMessageHandler.Json(HttpStatusCode.OK, Companies(1, 2)),
            2 => StubHttpMessageHandler.Json(HttpStatusCode.OK, Companies(3, 2), ("Link", "")),
            3 => StubHttpMessageHandler.Json(HttpStatusCode.OK, Companies(5, 1)),
            _ => throw new InvalidOperationException("Unexpected request"),
        });

        var ids = new List<int>();
        await foreach (var page in Connection(stub).ListPagesAsync<Company>("company/companies", new ListQuery { ForwardOnly = true, PageSize = 2 }, CancellationToken.None))
        {
            ids.AddRange(page.Items.Select(c => c.Id!.Value));
        }

        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4, 5 }, ids);
        var sent = stub.Requests.ToArray();
        Assert.HasCount(3, sent, "a short page ends the listing");
        Assert.Contains("pageId=2", sent[1].Uri.Query);
        Assert.Contains("pageId=4", sent[2].Uri.Query);
    }

    [TestMethod]
    public async Task ListPagesAsync_ForwardOnlyNextLinkWithCommasInItsQuery_FollowsIt()
    {
        var query = new ListQuery { ForwardOnly = true, PageSize = 2, Fields = "id,identifier,name", Conditions = Condition.In("id", [1, 2, 3]) };
        var stub = new StubHttpMessageHandler((request, call) => call switch
        {
            1 => StubHttpMessageHandler.Json(HttpStatusCode.OK, Companies(1, 2), ("Link", $"<{ApiBase}company/companies?fields=id,identifier,name&conditions=id%20in%20(1,2,3)&pageSize=2&pageId=10>; rel=\"next\"")),
            2 => StubHttpMessageHandler.Json(HttpStatusCode.OK, Companies(11, 1)),
            _ => throw new InvalidOperationException("Unexpected request"),
        });

        var ids = new List<int>();
        await foreach (var page in Connection(stub).ListPagesAsync<Company>("company/companies", query, CancellationToken.None))
        {
            ids.AddRange(page.Items.Select(c => c.Id!.Value));
        }

        CollectionAssert.AreEqual(new[] { 1, 2, 11 }, ids);
        Assert.Contains("pageId=10", stub.Requests.Last().Uri.Query, "the link's pageId, not the last id");
    }

    private const string VersionRefused = """{"code":"ConnectWiseApi","message":"The HTTP resource that matches the request URI 'https://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/companies' does not support the API version '2026.4'."}""";

    private static string? VersionOf(HttpRequestMessage request) =>
        request.Options.TryGetValue(ApiVersionNegotiator.OptionKey, out var version) ? version : null;

    [TestMethod]
    public async Task SendAsync_VersionRefusedAndTheSiteReportedAnother_RepeatsOnceWithTheSitesVersion()
    {
        var versions = new ApiVersionNegotiator(new ApiVersion(2026, 4), NullLogger.Instance);
        versions.Learn("v2027.1", "test");
        var sent = new List<string?>();
        var stub = new StubHttpMessageHandler((request, call) =>
        {
            sent.Add(VersionOf(request));
            return call == 1
                ? StubHttpMessageHandler.Json(HttpStatusCode.BadRequest, VersionRefused)
                : StubHttpMessageHandler.Json(HttpStatusCode.Created, """{"id":9,"identifier":"X","name":"X"}""");
        });
        var resolver = new Mock<ICodebaseResolver>();
        resolver.Setup(r => r.GetApiBaseAsync(It.IsAny<CancellationToken>())).ReturnsAsync(ApiBase);
        var connection = new ConnectWiseConnection(new HttpClient(stub), resolver.Object, SecretRedactor.None, new RequestCounter(), NullLogger.Instance, versions);

        var created = await connection.SendAsync<Company>(HttpMethod.Post, "company/companies", new Company { Identifier = "X", Name = "X" }, CancellationToken.None);

        Assert.AreEqual(9, created.Id);
        CollectionAssert.AreEqual(new[] { "2026.4", "2027.1" }, sent, "the pinned version first (older than the site's), then the site's, once");
    }

    [TestMethod]
    public async Task SendAsync_VersionRefusedWithNothingElseToTry_FailsAsASiteErrorSayingWhatToDo()
    {
        var versions = new ApiVersionNegotiator(new ApiVersion(2026, 4), NullLogger.Instance);
        versions.Learn("v2025.1", "test");
        var stub = new StubHttpMessageHandler((_, _) => StubHttpMessageHandler.Json(HttpStatusCode.BadRequest, VersionRefused.Replace("2026.4", "2025.1", StringComparison.Ordinal)));
        var resolver = new Mock<ICodebaseResolver>();
        resolver.Setup(r => r.GetApiBaseAsync(It.IsAny<CancellationToken>())).ReturnsAsync(ApiBase);
        var connection = new ConnectWiseConnection(new HttpClient(stub), resolver.Object, SecretRedactor.None, new RequestCounter(), NullLogger.Instance, versions);

        var error = await Assert.ThrowsExactlyAsync<ConnectWiseSiteException>(() =>
            connection.SendAsync<Company>(HttpMethod.Post, "company/companies", new Company { Identifier = "X", Name = "X" }, CancellationToken.None));

        Assert.AreEqual(1, stub.Calls, "the site's own version was refused: nothing left to retry");
        Assert.Contains("refused API version 2025.1", error.Message);
        Assert.Contains("reports version 2025.1", error.Message);
        Assert.Contains("ConnectWise administrator", error.Message);
    }

    [TestMethod]
    public async Task ListPagesAsync_Navigable_FollowsNextThenStops()
    {
        var stub = new StubHttpMessageHandler((request, call) => call switch
        {
            1 => StubHttpMessageHandler.Json(HttpStatusCode.OK, Companies(1, 3), ("Link", $"<{ApiBase}company/companies?pageSize=3&page=2>; rel=\"next\", <{ApiBase}company/companies?pageSize=3&page=2>; rel=\"last\"")),
            2 => StubHttpMessageHandler.Json(HttpStatusCode.OK, Companies(4, 1), ("Link", $"<{ApiBase}company/companies?pageSize=3&page=1>; rel=\"first\"")),
            _ => throw new InvalidOperationException("Unexpected request"),
        });

        var ids = new List<int>();
        await foreach (var page in Connection(stub).ListPagesAsync<Company>("company/companies", new ListQuery { PageSize = 3 }, CancellationToken.None))
        {
            ids.AddRange(page.Items.Select(c => c.Id!.Value));
        }

        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4 }, ids);
        Assert.Contains("page=2", stub.Requests.Last().Uri.Query);
    }

    [TestMethod]
    public async Task FindAsync_UnexpectedNotFound_RediscoversTheCodebaseOnceAndRepeats()
    {
        var newBase = new Uri("https://api-na.myconnectwise.net/v2026_4/apis/3.0/");
        var current = ApiBase;
        var resolver = new Mock<ICodebaseResolver>();
        resolver.Setup(r => r.GetApiBaseAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() => current);
        resolver.Setup(r => r.RefreshAsync(It.IsAny<CancellationToken>())).ReturnsAsync(() =>
        {
            current = newBase;
            return true;
        });
        var stub = new StubHttpMessageHandler((request, _) => request.RequestUri!.AbsolutePath.Contains("v2026_4", StringComparison.Ordinal)
            ? StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":7,"name":"Seven"}""")
            : StubHttpMessageHandler.Json(HttpStatusCode.NotFound, """{"code":"NotFound","message":"not found"}"""));

        var company = await Connection(stub, resolver.Object).FindAsync<Company>("company/companies/7", CancellationToken.None);

        Assert.AreEqual("Seven", company!.Name);
        Assert.AreEqual(2, stub.Calls);
        resolver.Verify(r => r.RefreshAsync(It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestMethod]
    public async Task FindAsync_RealNotFound_ReturnsNullAfterOneRediscovery()
    {
        var resolver = new Mock<ICodebaseResolver>();
        resolver.Setup(r => r.GetApiBaseAsync(It.IsAny<CancellationToken>())).ReturnsAsync(ApiBase);
        resolver.Setup(r => r.RefreshAsync(It.IsAny<CancellationToken>())).ReturnsAsync(false);
        var stub = new StubHttpMessageHandler((_, _) => StubHttpMessageHandler.Json(HttpStatusCode.NotFound, """{"code":"NotFound","message":"not found"}"""));

        var company = await Connection(stub, resolver.Object).FindAsync<Company>("company/companies/7", CancellationToken.None);

        Assert.IsNull(company);
        Assert.AreEqual(1, stub.Calls);
    }

    [TestMethod]
    public async Task SendAsync_PostAnsweredWithRedirectToHttp_IsReportedNotFollowed()
    {
        var stub = new StubHttpMessageHandler((_, _) =>
        {
            var redirect = new HttpResponseMessage(HttpStatusCode.Found);
            redirect.Headers.Location = new Uri("http://api-na.myconnectwise.net/v4_6_release/apis/3.0/company/companies/9?x=1");
            return redirect;
        });

        var error = await Assert.ThrowsExactlyAsync<ConnectWiseApiException>(() =>
            Connection(stub).SendAsync<Company>(HttpMethod.Post, "company/companies", new Company { Name = "x" }, CancellationToken.None));

        Assert.AreEqual("Redirect", error.Code);
        Assert.AreEqual(1, stub.Calls);
        Assert.Contains("may have been applied", error.Message);
    }

    [TestMethod]
    public async Task SendAsync_Patch_SendsJsonPatchArrayWithWholeReferences()
    {
        var stub = new StubHttpMessageHandler((_, _) => StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"id":3}"""));
        var counter = new RequestCounter();

        await Connection(stub, counter: counter).SendAsync<Company>(
            HttpMethod.Patch,
            "company/companies/3",
            new[] { PatchOperation.Replace("status", new Reference(5)), PatchOperation.Replace("website", null) },
            CancellationToken.None);

        Assert.AreEqual("""[{"op":"replace","path":"status","value":{"id":5}},{"op":"replace","path":"website","value":null}]""", stub.Requests.Single().Body);
        Assert.AreEqual(HttpMethod.Patch, stub.Requests.Single().Method);
    }

    [TestMethod]
    public async Task CountAsync_Conditions_ReadsCount()
    {
        var stub = new StubHttpMessageHandler((_, _) => StubHttpMessageHandler.Json(HttpStatusCode.OK, """{"count":1234}"""));

        var count = await Connection(stub).CountAsync("company/companies", Condition.Equal("deletedFlag", false), CancellationToken.None);

        Assert.AreEqual(1234, count);
        Assert.AreEqual("/v4_6_release/apis/3.0/company/companies/count", stub.Requests.Single().Uri.AbsolutePath);
    }
}
