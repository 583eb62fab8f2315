using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Http.Errors;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace BssConnectWiseConnector.Tests.Http;

[TestClass]
public sealed class ConnectWiseConnectionPrefetchTests
{
    private const string Route = "company/companies";
    private static readonly Uri ApiBase = new("https://api-na.myconnectwise.net/v4_6_release/apis/3.0/");

    public TestContext TestContext { get; set; } = null!;

    private static ConnectWiseConnection Connection(PagedCompaniesHandler handler)
    {
        var resolver = new Mock<ICodebaseResolver>();
        resolver.Setup(r => r.GetApiBaseAsync(It.IsAny<CancellationToken>())).ReturnsAsync(ApiBase);
        return new ConnectWiseConnection(new HttpClient(handler), resolver.Object, new SecretRedactor([]), new RequestCounter(), NullLogger.Instance);
    }

    private static ListQuery Query(bool prefetch) => new() { ForwardOnly = true, PageSize = 2, Prefetch = prefetch };

    [TestMethod]
    public async Task ListPagesAsync_Prefetch_RequestsTheNextPageWhileTheCallerWorksOnThisOne()
    {
        var handler = new PagedCompaniesHandler(total: 5, pageSize: 2);
        var ids = new List<int>();

        await foreach (var page in Connection(handler).ListPagesAsync<Company>(Route, Query(prefetch: true), TestContext.CancellationToken))
        {
            if (ids.Count == 0)
            {
                // Still working on page 1: page 2's request starts without the caller asking for it.
                await handler.Started(2);
                Assert.AreEqual(2, handler.Calls);
            }

            ids.AddRange(page.Items.Select(c => c.Id!.Value));
        }

        CollectionAssert.AreEqual(new[] { 1, 2, 3, 4, 5 }, ids);
        Assert.AreEqual(3, handler.Calls, "a complete read costs the requests it did without prefetch");
    }

    [TestMethod]
    public async Task ListPagesAsync_WithoutPrefetch_RequestsTheNextPageOnlyWhenAsked()
    {
        var handler = new PagedCompaniesHandler(total: 5, pageSize: 2);
        var callsDuringPageOne = -1;

        await foreach (var page in Connection(handler).ListPagesAsync<Company>(Route, Query(prefetch: false), TestContext.CancellationToken))
        {
            if (callsDuringPageOne < 0)
            {
                await Task.Delay(200, TestContext.CancellationToken);
                callsDuringPageOne = handler.Calls;
            }
        }

        Assert.AreEqual(1, callsDuringPageOne);
        Assert.AreEqual(3, handler.Calls);
    }

    [TestMethod]
    public async Task ListPagesAsync_PrefetchWithSlowPagesAndASlowCaller_NeverHasTwoRequestsInFlight()
    {
        var handler = new PagedCompaniesHandler(total: 9, pageSize: 2) { Delay = TimeSpan.FromMilliseconds(30) };
        var ids = new List<int>();

        await foreach (var page in Connection(handler).ListPagesAsync<Company>(Route, Query(prefetch: true), TestContext.CancellationToken))
        {
            Assert.IsLessThanOrEqualTo(1, handler.InFlight);
            await Task.Delay(30, TestContext.CancellationToken);
            ids.AddRange(page.Items.Select(c => c.Id!.Value));
        }

        CollectionAssert.AreEqual(Enumerable.Range(1, 9).ToArray(), ids);
        Assert.AreEqual(5, handler.Calls);
        Assert.AreEqual(1, handler.MaxInFlight);
    }

    [TestMethod]
    public async Task ListPagesAsync_PrefetchAndTheCallerBreaks_CancelsThePageAheadAndLeavesNoRequestRunning()
    {
        var handler = new PagedCompaniesHandler(total: 9, pageSize: 2) { HeldUntilCancelled = { 2 } };

        await foreach (var _ in Connection(handler).ListPagesAsync<Company>(Route, Query(prefetch: true), TestContext.CancellationToken))
        {
            await handler.Started(2);
            break;
        }

        Assert.AreEqual(2, handler.Calls, "one page requested ahead at most");
        Assert.AreEqual(0, handler.InFlight, "the enumeration ends only once the page ahead has ended");
        CollectionAssert.AreEqual(new[] { 2 }, handler.Cancelled.ToArray());
    }

    [TestMethod]
    public async Task ListPagesAsync_PrefetchAndTheCallerBreaksAfterThePageAheadFailed_EndsWithoutTheFailure()
    {
        var handler = new PagedCompaniesHandler(total: 9, pageSize: 2) { Failing = { 2 } };
        var pages = 0;

        // The caller never asks for page 2, so its failure is not the caller's: the enumeration ends as asked.
        await foreach (var _ in Connection(handler).ListPagesAsync<Company>(Route, Query(prefetch: true), TestContext.CancellationToken))
        {
            pages++;
            await handler.Ended(2);
            break;
        }

        Assert.AreEqual(1, pages);
        Assert.AreEqual(2, handler.Calls);
        Assert.AreEqual(0, handler.InFlight);
    }

    [TestMethod]
    public async Task ListPagesAsync_PrefetchedPageFails_TheFailureSurfacesWhenTheCallerAsksForThatPage()
    {
        var handler = new PagedCompaniesHandler(total: 9, pageSize: 2) { Failing = { 2 } };
        var done = new List<int>();

        var error = await Assert.ThrowsExactlyAsync<ConnectWiseApiException>(async () =>
        {
            await foreach (var page in Connection(handler).ListPagesAsync<Company>(Route, Query(prefetch: true), TestContext.CancellationToken))
            {
                // The page ahead has already failed; the caller still finishes this page (and saves its checkpoint).
                await handler.Ended(2);
                done.AddRange(page.Items.Select(c => c.Id!.Value));
            }
        });

        CollectionAssert.AreEqual(new[] { 1, 2 }, done);
        Assert.Contains("page failed", error.Message);
        Assert.AreEqual(2, handler.Calls);
    }

    [TestMethod]
    public async Task ListPagesAsync_PrefetchAndTheCallerCancels_CancelsThePageAheadAndSendsNoOther()
    {
        var handler = new PagedCompaniesHandler(total: 9, pageSize: 2) { HeldUntilCancelled = { 2 } };
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.CancellationToken);
        var pages = 0;

        await Assert.ThrowsAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in Connection(handler).ListPagesAsync<Company>(Route, Query(prefetch: true), cancel.Token))
            {
                pages++;
                await handler.Started(2);
                await cancel.CancelAsync();
            }
        });

        Assert.AreEqual(1, pages);
        Assert.AreEqual(2, handler.Calls);
        Assert.AreEqual(0, handler.InFlight);
        CollectionAssert.AreEqual(new[] { 2 }, handler.Cancelled.ToArray());
    }
}
