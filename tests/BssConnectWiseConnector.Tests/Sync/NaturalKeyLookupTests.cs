using System.Runtime.CompilerServices;
using BssConnectWiseConnector.Clients;
using BssConnectWiseConnector.Http;
using BssConnectWiseConnector.Models;
using BssConnectWiseConnector.Sync;
using Moq;

namespace BssConnectWiseConnector.Tests.Sync;

[TestClass]
public sealed class NaturalKeyLookupTests
{
    private readonly Mock<IResourceClient<Company>> _client = new(MockBehavior.Strict);

    public TestContext TestContext { get; set; } = null!;

    private NaturalKeyLookup<Company> Lookup() => new(_client.Object, "identifier", "id,identifier", c => c.Identifier);

    private static async IAsyncEnumerable<Company> Yield(IEnumerable<Company> companies, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var company in companies)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return company;
        }
    }

    private static string[] Keys(int count) => Enumerable.Range(0, count).Select(i => $"CUSTOMER-{i:D5}").ToArray();

    [TestMethod]
    public async Task FindAsync_FewKeys_OneInConditionRequestAndNoCount()
    {
        _client.Setup(c => c.FindInAsync("identifier", It.IsAny<IReadOnlyCollection<object>>(), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Company { Id = 1, Identifier = "A" }]);

        var found = await Lookup().FindAsync(["A", "B"], TestContext.CancellationToken);

        Assert.AreEqual(1, found.Single().Id);
        _client.Verify(c => c.FindInAsync("identifier", It.Is<IReadOnlyCollection<object>>(v => v.Count == 2), null, It.IsAny<CancellationToken>()), Times.Once);
    }

    [TestMethod]
    public async Task FindAsync_ManyKeysAndASmallCollection_ReadsOneIndexOnceAndMatchesWithoutRegardToCase()
    {
        var keys = Keys(600);
        _client.Setup(c => c.CountAsync(null, It.IsAny<CancellationToken>())).ReturnsAsync(3);
        _client.Setup(c => c.ListAsync(It.Is<ListQuery>(q => q.ForwardOnly && q.Fields == "id,identifier"), It.IsAny<CancellationToken>()))
            .Returns(Yield([new Company { Id = 7, Identifier = keys[0].ToLowerInvariant() }, new Company { Id = 8, Identifier = "OTHER" }]));
        var lookup = Lookup();

        var first = await lookup.FindAsync(keys, TestContext.CancellationToken);
        var second = await lookup.FindAsync(keys.Skip(1).Append("OTHER").ToArray(), TestContext.CancellationToken);

        Assert.AreEqual(7, first.Single().Id);
        Assert.AreEqual(8, second.Single().Id);
        _client.Verify(c => c.ListAsync(It.IsAny<ListQuery>(), It.IsAny<CancellationToken>()), Times.Once);
        _client.Verify(c => c.FindInAsync(It.IsAny<string>(), It.IsAny<IReadOnlyCollection<object>>(), It.IsAny<Condition?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestMethod]
    public async Task FindAsync_ManyKeysAndALargeCollection_InConditionChunksRatherThanTheIndex()
    {
        var keys = Keys(600);
        _client.Setup(c => c.CountAsync(null, It.IsAny<CancellationToken>())).ReturnsAsync(1_000_000);
        _client.Setup(c => c.FindInAsync("identifier", It.IsAny<IReadOnlyCollection<object>>(), null, It.IsAny<CancellationToken>())).ReturnsAsync([]);

        var found = await Lookup().FindAsync(keys, TestContext.CancellationToken);

        Assert.IsEmpty(found);
        _client.Verify(c => c.ListAsync(It.IsAny<ListQuery>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [TestMethod]
    public async Task FindAsync_OneKeyAfterTheIndexWasRead_AskedFreshSoARecentCreateIsFound()
    {
        var keys = Keys(600);
        _client.Setup(c => c.CountAsync(null, It.IsAny<CancellationToken>())).ReturnsAsync(3);
        _client.Setup(c => c.ListAsync(It.IsAny<ListQuery>(), It.IsAny<CancellationToken>())).Returns(Yield([]));
        _client.Setup(c => c.FindInAsync("identifier", It.Is<IReadOnlyCollection<object>>(v => v.Count == 1), null, It.IsAny<CancellationToken>()))
            .ReturnsAsync([new Company { Id = 9, Identifier = keys[5] }]);
        var lookup = Lookup();
        await lookup.FindAsync(keys, TestContext.CancellationToken);

        var found = await lookup.FindAsync([keys[5]], TestContext.CancellationToken);

        Assert.AreEqual(9, found.Single().Id);
    }
}
