using System.Runtime.CompilerServices;
using Bss.IntegrationFramework;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync;
using BssConnectWiseConnector.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync;

[TestClass]
public sealed class IncrementalReaderTests
{
    private static readonly DateTimeOffset ServerDate = new(2026, 11, 25, 15, 0, 0, TimeSpan.Zero);
    private readonly Mock<IResourceClient<Company>> _client = new();
    private readonly List<ListQuery> _queries = [];

    public TestContext TestContext { get; set; } = null!;

    private void Pages(params ConnectWisePage<Company>[] pages) =>
        _client.Setup(c => c.ListPagesAsync(It.IsAny<ListQuery>(), It.IsAny<CancellationToken>()))
            .Returns((ListQuery query, CancellationToken token) =>
            {
                _queries.Add(query);
                return Yield(pages, token);
            });

    private static async IAsyncEnumerable<ConnectWisePage<Company>> Yield(ConnectWisePage<Company>[] pages, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return page;
        }
    }

    private static Company[] Companies(params int[] ids) => ids.Select(id => new Company { Id = id }).ToArray();

    private async Task<List<(IReadOnlyList<Company> Items, PullCursor Checkpoint)>> ReadAsync(string? cursor, TimeProvider? time = null)
    {
        var pages = new List<(IReadOnlyList<Company>, PullCursor)>();
        await foreach (var (items, checkpoint) in IncrementalReader.ReadAsync(_client.Object, new PullRequest(cursor), c => c.Id, time ?? TimeProvider.System, TestContext.CancellationToken))
        {
            pages.Add((items, PullCursor.Parse(checkpoint)));
        }

        return pages;
    }

    [TestMethod]
    public async Task ReadAsync_FullReadOfTwoPages_CheckpointsResumeAfterTheLastIdThenStartFromTheServerDateLessTheMargin()
    {
        Pages(new ConnectWisePage<Company>(Companies(1, 2), HasMore: true, ServerDate), new ConnectWisePage<Company>(Companies(3), HasMore: false, ServerDate.AddMinutes(2)));

        var pages = await ReadAsync(null);

        Assert.HasCount(2, pages);
        Assert.AreEqual(new PullCursor { Since = null, AfterId = 2, NextSince = ServerDate - PullCursor.SafetyMargin }, pages[0].Checkpoint);
        Assert.AreEqual(new PullCursor { Since = ServerDate - PullCursor.SafetyMargin }, pages[1].Checkpoint);
        Assert.IsNull(_queries.Single().Conditions);
        Assert.IsTrue(_queries.Single().ForwardOnly);
    }

    [TestMethod]
    public async Task ReadAsync_ResumedIncrementalPull_AsksAfterTheStoredIdAndKeepsTheBoundFixedAtTheStart()
    {
        var since = ServerDate.AddHours(-1);
        var nextSince = ServerDate.AddMinutes(-1);
        Pages(new ConnectWisePage<Company>(Companies(7), HasMore: false, ServerDate.AddMinutes(10)));

        var pages = await ReadAsync(new PullCursor { Since = since, AfterId = 5, NextSince = nextSince }.Serialize());

        Assert.AreEqual(5, _queries.Single().StartAfterId);
        StringAssert.Contains(_queries.Single().Conditions!.ToString(), "lastUpdated > [2026-11-25T14:00:00Z]");
        Assert.AreEqual(new PullCursor { Since = nextSince }, pages.Single().Checkpoint);
    }

    [TestMethod]
    public async Task ReadAsync_NoServerDate_TakesTheLocalClockLessTheMargin()
    {
        var clock = new FakeTimeProvider(ServerDate);
        Pages(new ConnectWisePage<Company>(Companies(1), HasMore: false));

        var pages = await ReadAsync(null, clock);

        Assert.AreEqual(ServerDate - PullCursor.SafetyMargin, pages.Single().Checkpoint.Since);
    }
}
