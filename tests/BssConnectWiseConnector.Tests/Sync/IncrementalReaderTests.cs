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

    private async Task<List<(IReadOnlyList<Company> Items, PullCursor Checkpoint)>> ReadAsync(string? cursor, TimeProvider? time = null, Func<Company, DateTimeOffset?>? lastUpdatedOf = null)
    {
        var pages = new List<(IReadOnlyList<Company>, PullCursor)>();
        await foreach (var (items, checkpoint) in IncrementalReader.ReadAsync(_client.Object, new PullRequest(cursor), c => c.Id, lastUpdatedOf, time ?? TimeProvider.System, TestContext.CancellationToken))
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

    private static Company Version(int id, DateTimeOffset lastUpdated, string name = "Acme") =>
        new() { Id = id, Name = name, Info = new Dictionary<string, string?> { ["lastUpdated"] = lastUpdated.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) } };

    private static DateTimeOffset? LastUpdated(Company company) =>
        company.Info?["lastUpdated"] is { } text ? DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture) : null;

    [TestMethod]
    public async Task ReadAsync_EachVersionOnce_UnchangedRecordReadAgainInsideTheMarginIsLeftOutAndASameSecondChangeIsNot()
    {
        Pages(new ConnectWisePage<Company>([Version(1, ServerDate), Version(2, ServerDate), Version(3, ServerDate.AddHours(-2))], HasMore: false, ServerDate));
        var first = await ReadAsync(null, lastUpdatedOf: LastUpdated);
        Pages(new ConnectWisePage<Company>([Version(1, ServerDate), Version(2, ServerDate, "Acme Two"), Version(4, ServerDate)], HasMore: false, ServerDate.AddMinutes(5)));

        var second = await ReadAsync(first.Single().Checkpoint.Serialize(), lastUpdatedOf: LastUpdated);

        Assert.HasCount(3, first.Single().Items);
        CollectionAssert.AreEquivalent(new[] { 1, 2 }, first.Single().Checkpoint.Delivered!.Keys.ToArray(), "only what the next pull reads again is remembered");
        CollectionAssert.AreEqual(new int?[] { 2, 4 }, second.Single().Items.Select(c => c.Id).ToArray(), "record 2 changed within the same second is delivered again");
        StringAssert.Contains(_queries[^1].Conditions!.ToString(), "lastUpdated > [2026-11-25T14:59:00Z]");
    }

    [TestMethod]
    public async Task ReadAsync_EachVersionOnce_RecordSavedDuringAPullInAPageAlreadyReadIsDeliveredByTheNextPull()
    {
        // The case the catalog's former cursor missed: record 1 is saved after its page was read and before record 2
        // (on a later page) is; a watermark at the newest time seen (record 2's) would leave record 1 behind.
        Pages(
            new ConnectWisePage<Company>([Version(1, ServerDate.AddHours(-1))], HasMore: true, ServerDate),
            new ConnectWisePage<Company>([Version(2, ServerDate.AddSeconds(20))], HasMore: false, ServerDate.AddSeconds(30)));
        var first = await ReadAsync(null, lastUpdatedOf: LastUpdated);
        Pages(new ConnectWisePage<Company>([Version(1, ServerDate.AddSeconds(10)), Version(2, ServerDate.AddSeconds(20))], HasMore: false, ServerDate.AddMinutes(5)));

        var second = await ReadAsync(first[^1].Checkpoint.Serialize(), lastUpdatedOf: LastUpdated);

        CollectionAssert.AreEqual(new int?[] { 1 }, second.Single().Items.Select(c => c.Id).ToArray());
        Assert.AreEqual(ServerDate - PullCursor.SafetyMargin, first[^1].Checkpoint.Since);
    }

    [TestMethod]
    public async Task ReadAsync_EachVersionOnceResumed_KeepsWhatThePreviousPullDeliveredAndWhatThisOneDeliveredSoFar()
    {
        Pages(
            new ConnectWisePage<Company>([Version(1, ServerDate)], HasMore: true, ServerDate),
            new ConnectWisePage<Company>([Version(2, ServerDate)], HasMore: false, ServerDate));
        var interrupted = (await ReadAsync(null, lastUpdatedOf: LastUpdated))[0].Checkpoint;
        Pages(new ConnectWisePage<Company>([Version(2, ServerDate)], HasMore: false, ServerDate));

        var resumed = await ReadAsync(interrupted.Serialize(), lastUpdatedOf: LastUpdated);

        Assert.AreEqual(1, _queries[^1].StartAfterId);
        CollectionAssert.AreEqual(new int?[] { 2 }, resumed.Single().Items.Select(c => c.Id).ToArray());
        CollectionAssert.AreEquivalent(new[] { 1, 2 }, resumed.Single().Checkpoint.Delivered!.Keys.ToArray());
    }
}
