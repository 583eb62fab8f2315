using BssConnectWiseConnector.Sync.Products;

namespace BssConnectWiseConnector.Tests.Sync.Products;

[TestClass]
public sealed class ProductPullCursorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    public void Parse_NoCursor_IsAFullRead(string? text)
    {
        var cursor = ProductPullCursor.Parse(text);

        Assert.AreSame(ProductPullCursor.Start, cursor);
        Assert.IsTrue(cursor!.IsNew(1, T0));
    }

    [TestMethod]
    [DataRow("not json")]
    [DataRow("{\"since\":\"yesterday-ish\",\"seen\":[\"x\"]}")]
    public void Parse_Garbage_IsNull(string text) => Assert.IsNull(ProductPullCursor.Parse(text));

    [TestMethod]
    public void Advance_MiddlePage_KeepsTheWatermarkAndRemembersTheLastIdAndNewestTime()
    {
        var cursor = ProductPullCursor.Start.Advance([(3, T0.AddSeconds(5)), (8, T0), (9, T0.AddSeconds(5))], hasMore: true);

        var read = ProductPullCursor.Parse(cursor.Format())!;

        Assert.IsNull(read.Since);
        Assert.AreEqual(9, read.AfterId);
        Assert.AreEqual(T0.AddSeconds(5), read.Newest);
        CollectionAssert.AreEqual(new[] { 3, 9 }, read.NewestIds.ToArray());
    }

    [TestMethod]
    public void Advance_LastPage_CompletesWithTheNewestTimeAndTheIdsSeenAtIt()
    {
        var cursor = ProductPullCursor.Start
            .Advance([(3, T0.AddSeconds(5)), (8, T0)], hasMore: true)
            .Advance([(12, T0.AddSeconds(5))], hasMore: false);

        var read = ProductPullCursor.Parse(cursor.Format())!;

        Assert.AreEqual(T0.AddSeconds(5), read.Since);
        Assert.IsNull(read.AfterId);
        Assert.IsFalse(read.IsNew(3, T0.AddSeconds(5)));
        Assert.IsFalse(read.IsNew(8, T0));
        Assert.IsTrue(read.IsNew(13, T0.AddSeconds(5)), "a record saved later in the same second is not lost");
        Assert.IsTrue(read.IsNew(3, T0.AddSeconds(6)), "a later change of a seen record is delivered");
    }

    [TestMethod]
    public void Advance_EmptyIncrementalPull_KeepsTheWatermark()
    {
        var previous = ProductPullCursor.Start.Advance([(3, T0)], hasMore: false);

        var cursor = previous.Advance([], hasMore: false);

        Assert.AreEqual(T0, cursor.Since);
        CollectionAssert.AreEqual(new[] { 3 }, cursor.SeenAtSince.ToArray());
    }

    [TestMethod]
    public void Advance_NewRecordsAtTheWatermarkSecond_AddsThemToTheSeenIds()
    {
        var previous = ProductPullCursor.Start.Advance([(3, T0)], hasMore: false);

        var cursor = previous.Advance([(3, T0), (7, T0)], hasMore: false);

        Assert.AreEqual(T0, cursor.Since);
        CollectionAssert.AreEqual(new[] { 3, 7 }, cursor.SeenAtSince.ToArray());
    }
}
